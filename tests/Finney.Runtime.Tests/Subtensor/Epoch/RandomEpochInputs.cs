using Finney.Primitives.FixedPoint;
using Finney.Runtime.Subtensor.Epoch;

namespace Finney.Runtime.Tests.Subtensor.Epoch;

/// <summary>Random but reproducible epoch inputs (one seed, one input) for property tests, and a trace that keeps everything.</summary>
internal static class RandomEpochInputs
{
    /// <summary>A small subnet with arbitrary stake, activity, permits, weights, bonds and hyperparameters.</summary>
    public static EpochInput Create(int seed, bool distinctPositiveStake = false)
    {
        var rng = new Random(seed);
        int n = rng.Next(1, 40);
        ulong block = (ulong)rng.Next(0, 20_000);
        var input = new EpochInput
        {
            CurrentBlock = block,
            RaoEmission = (ulong)rng.NextInt64(0, long.MaxValue),
            Hyperparameters = new EpochHyperparameters((ushort)rng.Next(0, 65536), (ulong)rng.Next(0, 1_000_001),
                (ushort)rng.Next(0, n + 3), (ushort)rng.Next(0, 10_000)),
            Stake = Enumerable.Range(0, n).Select(i => distinctPositiveStake
                ? ((ulong)rng.Next(1, 1 << 20) << 20) + (ulong)i
                : rng.Next(3) == 0 ? 0 : (ulong)rng.NextInt64(1, 1L << 50)).ToArray(),
            LastUpdate = Enumerable.Range(0, n).Select(_ => (ulong)rng.Next(0, (int)block + 1)).ToArray(),
            BlockAtRegistration = Enumerable.Range(0, n).Select(_ => (ulong)rng.Next(0, (int)block + 1)).ToArray(),
            ValidatorPermit = Enumerable.Range(0, n).Select(_ => rng.Next(4) != 0).ToArray(),
            Weights = Enumerable.Range(0, n).Select(_ => Row(rng, n)).ToArray(),
            Bonds = Enumerable.Range(0, n).Select(_ => Row(rng, n)).ToArray(),
        };
        return input;
    }

    private static SparseEntry[] Row(Random rng, int n)
    {
        if (rng.Next(4) == 0)
        {
            return [];
        }

        var uids = Enumerable.Range(0, n).Where(_ => rng.Next(2) == 0).ToArray();
        rng.Shuffle(uids);
        return uids.Select(j => new SparseEntry((ushort)j, (ushort)(rng.Next(5) == 0 ? 0 : rng.Next(0, 65536)))).ToArray();
    }

    /// <summary>Keeps every traced value by step name.</summary>
    internal sealed class RecordingTrace : IEpochTrace
    {
        public Dictionary<string, I32F32[]> Vectors { get; } = [];

        public Dictionary<string, IReadOnlyList<IReadOnlyList<(ushort Uid, I32F32 Value)>>> Matrices { get; } = [];

        public void Flags(string step, ReadOnlySpan<bool> values)
        {
        }

        public void Vector(string step, ReadOnlySpan<I32F32> values) => Vectors[step] = values.ToArray();

        public void Matrix(string step, IReadOnlyList<IReadOnlyList<(ushort Uid, I32F32 Value)>> rows) => Matrices[step] = rows;
    }
}
