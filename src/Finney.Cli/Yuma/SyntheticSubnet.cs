using Finney.Runtime.Subtensor.Epoch;

namespace Finney.Cli.Yuma;

/// <summary>
/// A deterministic synthetic subnet for benchmarks: <c>validators</c> permitted, staked uids (0..V−1) each weighting
/// <c>weightsPerValidator</c> consecutive uids (wrapping, starting at a per-validator offset) with pseudo-random
/// values, and holding bonds on the same uids, as in a steady state. Every uid updated its weights at the current
/// block and registered at block 0. The same shapes are produced by <c>tools/yuma-float-reference</c>.
/// </summary>
public static class SyntheticSubnet
{
    /// <summary>Builds the epoch input.</summary>
    /// <param name="uids">Subnet size n (1–65,536).</param>
    /// <param name="validators">Permitted validators (≤ n).</param>
    /// <param name="weightsPerValidator">Weights per validator row (≤ n).</param>
    /// <param name="seed">Seed of the SplitMix64 stream.</param>
    public static EpochInput Create(int uids, int validators, int weightsPerValidator, ulong seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(uids, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(uids, 65_536);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(validators, uids);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(weightsPerValidator, uids);
        var random = new SplitMix64(seed);
        const ulong block = 1000;
        var weights = new SparseEntry[uids][];
        var bonds = new SparseEntry[uids][];
        for (int i = 0; i < uids; i++)
        {
            bool isValidator = i < validators;
            weights[i] = isValidator ? Row(random, i, uids, weightsPerValidator) : [];
            bonds[i] = isValidator ? Row(random, i, uids, weightsPerValidator) : [];
        }

        return new EpochInput
        {
            CurrentBlock = block,
            RaoEmission = 100_000_000_000,
            Hyperparameters = EpochHyperparameters.Default with { MaxAllowedValidators = (ushort)Math.Min(validators, ushort.MaxValue) },
            Stake = Enumerable.Range(0, uids).Select(i => i < validators ? 1_000_000_000_000 + random.Next(1_000_000_000_000) : random.Next(1_000_000_000)).ToArray(),
            LastUpdate = Enumerable.Repeat(block, uids).ToArray(),
            BlockAtRegistration = new ulong[uids],
            ValidatorPermit = Enumerable.Range(0, uids).Select(i => i < validators).ToArray(),
            Weights = weights,
            Bonds = bonds,
        };
    }

    private static SparseEntry[] Row(SplitMix64 random, int validator, int uids, int count)
    {
        int start = (int)((ulong)validator * 2_654_435_761UL % (ulong)uids);
        var row = new SparseEntry[count];
        for (int k = 0; k < count; k++)
        {
            row[k] = new SparseEntry((ushort)((start + k) % uids), (ushort)(1 + random.Next(65_535)));
        }

        return row;
    }

    private sealed class SplitMix64(ulong state)
    {
        private ulong _state = state;

        public ulong Next(ulong bound)
        {
            unchecked
            {
                _state += 0x9E37_79B9_7F4A_7C15UL;
                ulong z = _state;
                z = (z ^ (z >> 30)) * 0xBF58_476D_1CE4_E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D0_49BB_1331_11EBUL;
                return (z ^ (z >> 31)) % bound;
            }
        }
    }
}
