namespace Finney.Storage.KeyValue;

/// <summary>
/// <see cref="IKeyValueStore"/> in memory: sorted sets per column behind one lock. For unit tests and tools;
/// nothing survives the process.
/// </summary>
public sealed class MemoryKeyValueStore : IKeyValueStore
{
    private readonly Column[] _columns = [.. Enumerable.Range(0, Enum.GetValues<StoreColumn>().Length).Select(_ => new Column())];
    private readonly Lock _lock = new();

    /// <summary>Number of entries in a column (for tests).</summary>
    public int Count(StoreColumn column)
    {
        lock (_lock)
        {
            return _columns[(int)column].Values.Count;
        }
    }

    /// <inheritdoc />
    public byte[]? Get(StoreColumn column, ReadOnlySpan<byte> key)
    {
        lock (_lock)
        {
            var lookup = _columns[(int)column].Values.GetAlternateLookup<ReadOnlySpan<byte>>();
            return lookup.TryGetValue(key, out var value) ? value : null;
        }
    }

    /// <inheritdoc />
    public byte[]? NextKey(StoreColumn column, ReadOnlySpan<byte> key)
    {
        lock (_lock)
        {
            return NextKeyUnlocked(_columns[(int)column], key);
        }
    }

    /// <inheritdoc />
    public IEnumerable<KeyValuePair<byte[], byte[]>> Scan(StoreColumn column, byte[] from)
    {
        var cursor = from;
        var inclusive = true;
        while (true)
        {
            KeyValuePair<byte[], byte[]>? next;
            lock (_lock)
            {
                var data = _columns[(int)column];
                var lookup = data.Values;
                if (inclusive && lookup.TryGetValue(cursor, out var here))
                {
                    next = new(cursor, here);
                }
                else
                {
                    var key = NextKeyUnlocked(data, cursor);
                    next = key is null ? null : new(key, lookup[key]);
                }
            }

            if (next is not { } entry)
            {
                yield break;
            }

            yield return entry;
            cursor = entry.Key;
            inclusive = false;
        }
    }

    /// <inheritdoc />
    public IWriteBatch CreateBatch() => new Batch();

    /// <inheritdoc />
    public void Write(IWriteBatch batch, bool sync)
    {
        var writes = ((Batch)batch).Writes;
        lock (_lock)
        {
            foreach (var (column, key, value) in writes)
            {
                var data = _columns[(int)column];
                data.Invalidate();
                if (value is null)
                {
                    data.Values.Remove(key);
                    data.Keys.Remove(key);
                }
                else
                {
                    data.Values[key] = value;
                    data.Keys.Add(key);
                }
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private static byte[]? NextKeyUnlocked(Column data, ReadOnlySpan<byte> from)
    {
        // Binary search over a sorted key array rebuilt after writes (SortedSet views cost O(range) to open).
        var keys = data.SortedKeys;
        var next = SortedKeys.FirstAfter(keys, from);
        return next < keys.Length ? keys[next] : null;
    }

    private sealed class Column
    {
        private byte[][]? _sorted;

        public SortedSet<byte[]> Keys { get; } = new(ByteKeyComparer.Instance);

        public Dictionary<byte[], byte[]> Values { get; } = new(ByteKeyComparer.Instance);

        public byte[][] SortedKeys => _sorted ??= [.. Keys];

        public void Invalidate() => _sorted = null;
    }

    private sealed class Batch : IWriteBatch
    {
        public List<(StoreColumn Column, byte[] Key, byte[]? Value)> Writes { get; } = [];

        public int Count => Writes.Count;

        public void Put(StoreColumn column, ReadOnlySpan<byte> key, ReadOnlySpan<byte> value) => Writes.Add((column, key.ToArray(), value.ToArray()));

        public void Delete(StoreColumn column, ReadOnlySpan<byte> key) => Writes.Add((column, key.ToArray(), null));

        public void Dispose()
        {
        }
    }
}
