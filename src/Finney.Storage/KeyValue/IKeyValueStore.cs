namespace Finney.Storage.KeyValue;

/// <summary>
/// An ordered key-value store with column families and atomic write batches: what the state database needs
/// from RocksDB (Finney.Storage.RocksDb) or from memory (<see cref="MemoryKeyValueStore"/>, for tests).
/// Reads may run on any thread while one thread writes.
/// </summary>
public interface IKeyValueStore : IDisposable
{
    /// <summary>The value under <paramref name="key"/>, or null.</summary>
    byte[]? Get(StoreColumn column, ReadOnlySpan<byte> key);

    /// <summary>The smallest key strictly greater than <paramref name="key"/> in the column, or null.</summary>
    byte[]? NextKey(StoreColumn column, ReadOnlySpan<byte> key);

    /// <summary>Entries with keys at or after <paramref name="from"/>, in key order.</summary>
    IEnumerable<KeyValuePair<byte[], byte[]>> Scan(StoreColumn column, byte[] from);

    /// <summary>A new, empty batch of writes.</summary>
    IWriteBatch CreateBatch();

    /// <summary>Applies a batch atomically: after a crash either all of it or none of it is there.</summary>
    /// <param name="batch">The writes.</param>
    /// <param name="sync">Wait until the writes are durable (fsync of the write-ahead log) before returning.</param>
    void Write(IWriteBatch batch, bool sync);
}

/// <summary>Writes to apply together with <see cref="IKeyValueStore.Write"/>.</summary>
public interface IWriteBatch : IDisposable
{
    /// <summary>Number of puts and deletes so far.</summary>
    int Count { get; }

    /// <summary>Sets a value.</summary>
    void Put(StoreColumn column, ReadOnlySpan<byte> key, ReadOnlySpan<byte> value);

    /// <summary>Deletes a key (no-op when absent).</summary>
    void Delete(StoreColumn column, ReadOnlySpan<byte> key);
}
