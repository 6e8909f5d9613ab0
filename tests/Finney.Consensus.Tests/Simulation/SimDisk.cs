using Finney.Consensus.Commits;
using Finney.Consensus.Signing;
using Finney.Consensus.Wal;

namespace Finney.Consensus.Tests.Simulation;

/// <summary>What a simulated validator keeps across a crash: its WAL, its last-signed record and its chain of commits.</summary>
public sealed class SimDisk
{
    public InMemoryConsensusWal Wal { get; private set; } = new();

    public InMemoryLastSignedStore LastSigned { get; private set; } = new();

    public List<Commit> Chain { get; } = [];

    /// <summary>A crash: buffered WAL appends are gone, everything flushed stays.</summary>
    public void Crash() => Wal.LoseUnflushed();

    /// <summary>Amnesia (the disk is wiped but the chain is re-synced): only a faulty validator may do this.</summary>
    public void Wipe()
    {
        Wal = new InMemoryConsensusWal();
        LastSigned = new InMemoryLastSignedStore();
    }
}
