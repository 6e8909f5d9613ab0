using Finney.Consensus.Driver;
using Finney.Primitives.Crypto.Ed25519;

namespace Finney.Consensus.Tests.Simulation;

/// <summary>
/// One simulated node: a validator key (shared with its twin, if any), a disk, and while up a participant.
/// <see cref="Incarnation"/> grows at every restart so stale timers are dropped.
/// </summary>
public sealed class SimNode(int id, int keyIndex, Ed25519Keypair key)
{
    public int Id { get; } = id;

    public int KeyIndex { get; } = keyIndex;

    public Ed25519Keypair Key { get; } = key;

    public SimDisk Disk { get; } = new();

    public ConsensusParticipant? Participant { get; set; }

    public int Incarnation { get; set; }

    public bool IsUp => Participant is not null;

    /// <summary>The next height to decide: one past the last committed block.</summary>
    public uint NextHeight => (uint)Disk.Chain.Count + 1;
}
