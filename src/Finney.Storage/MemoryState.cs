namespace Finney.Storage;

/// <summary>
/// A whole state held in memory, sorted: genesis building, unit tests, and the runtime's view of a
/// small chain. Not thread-safe for writes.
/// </summary>
public sealed class MemoryState : IStateReader
{
    private readonly SortedDictionary<byte[], byte[]> _entries = new(ByteKeyComparer.Instance);
    private byte[][]? _sortedKeys;

    /// <summary>Number of keys.</summary>
    public int Count => _entries.Count;

    /// <summary>All entries in key order.</summary>
    public IEnumerable<KeyValuePair<byte[], byte[]>> Entries => _entries;

    /// <inheritdoc />
    public byte[]? Get(ReadOnlySpan<byte> key) => _entries.TryGetValue(key.ToArray(), out var value) ? value : null;

    /// <inheritdoc />
    public byte[]? NextKey(ReadOnlySpan<byte> key)
    {
        // Binary search over a cached sorted key array; rebuilt only after writes.
        var keys = _sortedKeys ??= [.. _entries.Keys];
        var next = SortedKeys.FirstAfter(keys, key);
        return next < keys.Length ? keys[next] : null;
    }

    /// <summary>Writes or deletes one key.</summary>
    public void Apply(StateChange change)
    {
        _sortedKeys = null;
        if (change.Value is null)
        {
            _entries.Remove(change.Key);
        }
        else
        {
            _entries[change.Key] = change.Value;
        }
    }

    /// <summary>Applies a batch of changes in order.</summary>
    public void Apply(IEnumerable<StateChange> changes)
    {
        foreach (var change in changes)
        {
            Apply(change);
        }
    }

    /// <summary>A copy of this state, for forks and tests.</summary>
    public MemoryState Clone()
    {
        var copy = new MemoryState();
        foreach (var (key, value) in _entries)
        {
            copy._entries[key] = value;
        }

        return copy;
    }
}
