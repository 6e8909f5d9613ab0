using Finney.Consensus.Driver;

namespace Finney.Consensus.Wal;

/// <summary>
/// A WAL in memory with the durability of a real one: appended records become durable only at
/// <see cref="Flush"/>, and <see cref="LoseUnflushed"/> drops the rest as a crash would. Records are stored
/// encoded so every replay also exercises the codec. The simulated validators' disks use it.
/// </summary>
public sealed class InMemoryConsensusWal : IConsensusWal
{
    private readonly List<byte[]> _durable = [];
    private readonly List<byte[]> _buffered = [];

    /// <summary>Durable records.</summary>
    public int DurableCount => _durable.Count;

    /// <inheritdoc />
    public void BeginHeight(ConsensusInput.StartHeight start)
    {
        _buffered.Clear();
        _durable.Clear();
        _durable.Add(ConsensusInputCodec.Encode(start));
    }

    /// <inheritdoc />
    public void Append(ConsensusInput input) => _buffered.Add(ConsensusInputCodec.Encode(input));

    /// <inheritdoc />
    public void Flush()
    {
        _durable.AddRange(_buffered);
        _buffered.Clear();
    }

    /// <summary>Forgets appends not yet flushed: what a crash loses.</summary>
    public void LoseUnflushed() => _buffered.Clear();

    /// <inheritdoc />
    public IReadOnlyList<ConsensusInput> ReadDurable() => _durable.Select(r => ConsensusInputCodec.Decode(r)).ToList();
}
