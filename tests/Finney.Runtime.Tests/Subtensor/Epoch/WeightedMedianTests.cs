using FsCheck.Xunit;
using Finney.Primitives.FixedPoint;
using Finney.Runtime.Subtensor.Epoch;

namespace Finney.Runtime.Tests.Subtensor.Epoch;

/// <summary>
/// The stake-weighted median depends only on the (score, stake) pairs: the property the sparse consensus uses to
/// compact columns (see <see cref="WeightedMedian"/>'s remarks).
/// </summary>
public class WeightedMedianTests
{
    [Property(MaxTest = 3000)]
    public void Compute_AnyColumn_IsTheSmallestScoreWhoseCumulativeStakeExceedsTheMinority(int seed)
    {
        var (stake, score, minority) = RandomColumn(new Random(seed));
        var total = EpochVectors.Sum(stake);
        new WeightedMedian(stake.Length).Compute(stake, score, minority, I32F32.Zero, total)
            .ShouldBe(OrderStatistic(stake, score, minority));
    }

    [Property(MaxTest = 3000)]
    public void Compute_PermutedColumn_GivesTheSameMedian(int seed)
    {
        var rng = new Random(seed);
        var (stake, score, minority) = RandomColumn(rng);
        var order = Enumerable.Range(0, stake.Length).ToArray();
        rng.Shuffle(order);
        var total = EpochVectors.Sum(stake);
        var median = new WeightedMedian(stake.Length);
        median.Compute(order.Select(k => stake[k]).ToArray(), order.Select(k => score[k]).ToArray(), minority, I32F32.Zero, total)
            .ShouldBe(median.Compute(stake, score, minority, I32F32.Zero, total));
    }

    [Property(MaxTest = 3000)]
    public void Compute_ZeroScoresMergedIntoOneEntry_GivesTheSameMedian(int seed)
    {
        var (stake, score, minority) = RandomColumn(new Random(seed));
        var present = Enumerable.Range(0, stake.Length).Where(k => score[k] != I32F32.Zero).ToArray();
        if (present.Length == stake.Length)
        {
            return;
        }

        var total = EpochVectors.Sum(stake);
        var absentStake = total - EpochVectors.Sum(present.Select(k => stake[k]).ToArray());
        var compactStake = present.Select(k => stake[k]).Append(absentStake).ToArray();
        var compactScore = present.Select(k => score[k]).Append(I32F32.Zero).ToArray();
        var median = new WeightedMedian(stake.Length);
        median.Compute(compactStake, compactScore, minority, I32F32.Zero, total)
            .ShouldBe(median.Compute(stake, score, minority, I32F32.Zero, total));
    }

    // Stakes normalised (some floored to zero), scores with many ties and zeros, minority anywhere from below zero to
    // above the stake total.
    private static (I32F32[] Stake, I32F32[] Score, I32F32 Minority) RandomColumn(Random rng)
    {
        int count = rng.Next(1, 40);
        var stake = Enumerable.Range(0, count).Select(_ => rng.Next(6) == 0 ? I32F32.Zero
            : I32F32.FromBits(rng.Next(3) == 0 ? rng.Next(1, 4) : rng.NextInt64(1, 1L << 40))).ToArray();
        EpochVectors.Normalize(stake);
        var distinct = Enumerable.Range(0, rng.Next(1, 6)).Select(_ => I32F32.FromBits(rng.NextInt64(0, 1L << 33))).ToArray();
        var score = Enumerable.Range(0, count).Select(_ => rng.Next(3) == 0 ? I32F32.Zero : distinct[rng.Next(distinct.Length)]).ToArray();
        var total = EpochVectors.Sum(stake);
        var minority = rng.Next(8) switch
        {
            0 => I32F32.FromBits(-rng.NextInt64(1, 1L << 32)),
            1 => total + I32F32.FromBits(rng.NextInt64(0, 1L << 32)),
            2 => I32F32.Zero,
            3 => total,
            _ => I32F32.FromBits(rng.NextInt64(0, Math.Max(1, total.Bits))),
        };
        return (stake, score, minority);
    }

    private static I32F32 OrderStatistic(I32F32[] stake, I32F32[] score, I32F32 minority)
    {
        var sorted = score.Distinct().Order().ToArray();
        foreach (var v in sorted)
        {
            var cumulative = I32F32.Zero;
            for (int k = 0; k < score.Length; k++)
            {
                cumulative += score[k] <= v ? stake[k] : I32F32.Zero;
            }

            if (cumulative > minority)
            {
                return v;
            }
        }

        return sorted[^1];
    }
}
