using Finney.Consensus.Driver;

namespace Finney.Consensus.Wal;

/// <summary>
/// The consensus write-ahead log: every input of the current height, in order. Appends may sit in a buffer;
/// <see cref="Flush"/> makes them durable and runs before any signature leaves the node, so whatever led to a
/// message we sent is replayed after a crash and the replay re-creates the same messages.
/// </summary>
public interface IConsensusWal
{
    /// <summary>Starts a new height: durably replaces the log with this one record (older heights are in the block store).</summary>
    void BeginHeight(ConsensusInput.StartHeight start);

    /// <summary>Appends an input (buffered).</summary>
    void Append(ConsensusInput input);

    /// <summary>Makes every appended input durable.</summary>
    void Flush();

    /// <summary>The durable inputs in order, starting with the height's <see cref="ConsensusInput.StartHeight"/> (empty for a new log).</summary>
    IReadOnlyList<ConsensusInput> ReadDurable();
}
