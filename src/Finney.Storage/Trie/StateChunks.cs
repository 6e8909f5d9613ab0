namespace Finney.Storage.Trie;

/// <summary>Cuts a state into <see cref="StateChunk"/>s by key range, for a peer that imports it range by range.</summary>
public static class StateChunks
{
    /// <summary>
    /// The entries of <paramref name="state"/> with keys strictly after <paramref name="after"/> (null: from the
    /// first key, the empty key included), stopping after <paramref name="maxEntries"/> entries or once <paramref name="maxBytes"/> of keys
    /// and values are reached (at least one entry is always returned when one exists).
    /// </summary>
    /// <remarks>The next request passes the last key of this chunk as <paramref name="after"/>.</remarks>
    public static StateChunk Read(IStateReader state, byte[]? after, int maxEntries, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEntries, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 1);
        var entries = new List<KeyValuePair<byte[], byte[]>>();
        var bytes = 0L;
        var key = after is not null ? state.NextKey(after) : state.Get([]) is not null ? [] : state.NextKey([]);
        while (key is not null && entries.Count < maxEntries && bytes < maxBytes)
        {
            // Cannot be null: NextKey only returns keys that hold a value in the same state.
            var value = state.Get(key) ?? throw new InvalidOperationException($"Key {Convert.ToHexStringLower(key)} was listed but has no value.");
            entries.Add(new(key, value));
            bytes += key.Length + value.Length;
            key = state.NextKey(key);
        }

        return new StateChunk(entries, key is null);
    }
}
