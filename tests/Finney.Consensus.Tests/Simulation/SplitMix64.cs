namespace Finney.Consensus.Tests.Simulation;

/// <summary>A small seeded generator (SplitMix64) whose sequence is fixed forever, so a seed replays a run exactly.</summary>
public sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong NextU64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, max).</summary>
    public int Next(int max) => max <= 0 ? 0 : (int)(NextU64() % (ulong)max);

    /// <summary>Uniform in [min, max].</summary>
    public long Between(long min, long max) => min + (long)(NextU64() % (ulong)(max - min + 1));

    /// <summary>True with probability permille / 1000.</summary>
    public bool Chance(int permille) => Next(1000) < permille;
}
