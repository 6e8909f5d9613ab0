namespace Finney.Consensus.Signing;

/// <summary>A store that lives as long as the object: the "disk" of a simulated validator, surviving its restarts.</summary>
public sealed class InMemoryLastSignedStore : ILastSignedStore
{
    private byte[]? _saved;

    /// <inheritdoc />
    public LastSignedRecord? Load() => _saved is null ? null : LastSignedRecord.Decode(_saved);

    /// <inheritdoc />
    public void Save(LastSignedRecord record) => _saved = record.Encode();
}
