using System.Runtime.Intrinsics;
using FsCheck.Xunit;
using Finney.Primitives.FixedPoint;
using Finney.Runtime.Subtensor.Epoch;

namespace Finney.Runtime.Tests.Subtensor.Epoch;

/// <summary>
/// The vectorised tile bisection must give exactly the column-by-column partition search's medians: it is chosen
/// by the shape of the weights and the machine's vector width, so a difference would make nodes disagree.
/// </summary>
public class TiledMediansTests
{
    [Property(MaxTest = 400)]
    public void Compute_AnyWeights_MatchesTheColumnSearch(int seed)
    {
        var rng = new Random(seed);
        var (weights, activeStake) = RandomWeights(rng);
        var (rows, useStake) = Consensus.StakedRows(activeStake);
        if (rows.Length == 0)
        {
            return;
        }

        var minority = MinorityFor(rng, EpochVectors.Sum(useStake));
        using var buffers = new EpochBuffers();
        var tiled = TiledMedians.Compute(weights, rows, useStake, minority, parallelism: 1, buffers);
        var byColumn = Consensus.ByColumn(weights, rows, useStake, minority, parallelism: 1, buffers);

        tiled.ShouldBe(byColumn);
    }

    [Fact]
    public void Compute_TwoThreads_GivesTheSingleThreadedMedians()
    {
        var rng = new Random(7);
        var (weights, activeStake) = RandomWeights(rng, size: 600, density: 1.0);
        var (rows, useStake) = Consensus.StakedRows(activeStake);
        var minority = EpochVectors.Sum(useStake) - I32F32.FromBits(1L << 31);
        using var buffers = new EpochBuffers();

        var parallel = TiledMedians.Compute(weights, rows, useStake, minority, parallelism: 2, buffers);

        parallel.ShouldBe(TiledMedians.Compute(weights, rows, useStake, minority, parallelism: 1, buffers));
        parallel.ShouldContain(m => m != I32F32.Zero);
    }

    [Fact]
    public void Suits_DenseValidatorRows_ButNotAFewScatteredEntries()
    {
        var dense = RandomWeights(new Random(1), size: 256, density: 1.0);
        var (denseRows, _) = Consensus.StakedRows(dense.ActiveStake);
        var scattered = RandomWeights(new Random(2), size: 256, density: 0.02);
        var (scatteredRows, _) = Consensus.StakedRows(scattered.ActiveStake);

        TiledMedians.Suits(dense.Weights, denseRows).ShouldBe(Vector512.IsHardwareAccelerated);
        TiledMedians.Suits(scattered.Weights, scatteredRows).ShouldBeFalse();
    }

    // Some rows staked (a few with stake that normalises to almost nothing), each staked row weighting a random
    // share of the columns with values from a small alphabet, so columns have ties, zeros and absent entries.
    private static (SparseMatrix Weights, I32F32[] ActiveStake) RandomWeights(Random rng, int? size = null,
        double? density = null)
    {
        int n = size ?? rng.Next(1, 70);
        var activeStake = Enumerable.Range(0, n).Select(_ => rng.Next(3) == 0 ? I32F32.Zero
            : I32F32.FromBits(rng.Next(4) == 0 ? rng.Next(1, 4) : rng.NextInt64(1, 1L << 40))).ToArray();
        EpochVectors.Normalize(activeStake);

        var alphabet = Enumerable.Range(0, rng.Next(1, 6)).Select(_ => I32F32.FromBits(rng.NextInt64(0, (1L << 32) + 1))).ToArray();
        int share = density is { } d ? (int)(d * 100) : rng.Next(0, 101);
        var rowStart = new int[n + 1];
        var columns = new List<ushort>();
        var values = new List<I32F32>();
        for (int i = 0; i < n; i++)
        {
            var row = Enumerable.Range(0, n).Where(_ => rng.Next(100) < share).ToArray();
            rng.Shuffle(row);
            foreach (int j in row)
            {
                columns.Add((ushort)j);
                values.Add(alphabet[rng.Next(alphabet.Length)]);
            }

            rowStart[i + 1] = columns.Count;
        }

        return (new SparseMatrix(n, rowStart, columns.ToArray(), values.ToArray()), activeStake);
    }

    // Σstake − κ for κ anywhere in [0, 1], and the edges: below zero, zero, and at the stake total.
    private static I32F32 MinorityFor(Random rng, I32F32 total) => rng.Next(6) switch
    {
        0 => total - I32F32.FromBits(rng.NextInt64(1L << 32, 1L << 33)),
        1 => I32F32.Zero,
        2 => total,
        _ => total - I32F32.FromBits(rng.NextInt64(0, (1L << 32) + 1)),
    };
}
