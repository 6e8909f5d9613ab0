namespace Finney.Consensus.Tests.Simulation;

/// <summary>
/// How the simulated network treats each message: a delay uniform in [MinLatency, MaxLatency] (which also
/// reorders), occasional spikes, loss and duplication in permille. <see cref="Synchronous"/> is the healed network.
/// </summary>
public sealed record NetworkConditions(
    long MinLatencyMs,
    long MaxLatencyMs,
    int DropPermille,
    int DuplicatePermille,
    int SpikePermille,
    long SpikeMs)
{
    public static NetworkConditions Synchronous { get; } = new(5, 120, 0, 0, 0, 0);

    public static NetworkConditions Lossy { get; } = new(5, 300, 200, 50, 30, 3_000);
}
