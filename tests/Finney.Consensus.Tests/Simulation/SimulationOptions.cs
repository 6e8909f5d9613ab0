using Finney.Consensus.Driver;

namespace Finney.Consensus.Tests.Simulation;

/// <summary>
/// The shape of a simulated network: <see cref="Validators"/> keys, one node per key plus one extra node for
/// each key in <see cref="TwinnedKeys"/> (Twins: same key, own state, so Byzantine without attack code).
/// </summary>
public sealed record SimulationOptions
{
    public ulong Seed { get; init; } = 1;

    public int Validators { get; init; } = 4;

    public IReadOnlyList<int> TwinnedKeys { get; init; } = [];

    /// <summary>Short timeouts keep virtual runs small; their ratios are CometBFT's.</summary>
    public ConsensusTimeouts Timeouts { get; init; } = new()
    {
        Propose = TimeSpan.FromMilliseconds(1_500),
        Prevote = TimeSpan.FromMilliseconds(500),
        Precommit = TimeSpan.FromMilliseconds(500),
        DeltaPerRound = TimeSpan.FromMilliseconds(250),
    };

    /// <summary>Time between a live decision and the next height (the block interval).</summary>
    public long BlockIntervalMs { get; init; } = 1_000;

    /// <summary>How often each node re-sends its status and current-height messages.</summary>
    public long GossipIntervalMs { get; init; } = 700;

    /// <summary>Most commits sent in answer to one status (a block-sync batch).</summary>
    public int CommitBatch { get; init; } = 16;
}
