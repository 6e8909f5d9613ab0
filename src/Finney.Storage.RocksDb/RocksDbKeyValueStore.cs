using Finney.Storage.KeyValue;
using RocksDbSharp;
using IWriteBatch = Finney.Storage.KeyValue.IWriteBatch;

namespace Finney.Storage.RocksDb;

/// <summary>
/// <see cref="IKeyValueStore"/> on RocksDB: one column family per <see cref="StoreColumn"/>, a shared LRU block
/// cache, and write batches applied through RocksDB's write-ahead log (synced when asked), which is what makes a
/// block commit atomic and durable.
/// </summary>
public sealed class RocksDbKeyValueStore : IKeyValueStore
{
    private static readonly StoreColumn[] Columns = Enum.GetValues<StoreColumn>();

    private readonly RocksDbSharp.RocksDb _db;
    private readonly ColumnFamilyHandle[] _handles;
    private readonly WriteOptions _synced = new WriteOptions().SetSync(true);
    private readonly WriteOptions _unsynced = new WriteOptions().SetSync(false);
    private readonly ReadOptions _read = new();

    private RocksDbKeyValueStore(RocksDbSharp.RocksDb db)
    {
        _db = db;
        _handles = [.. Columns.Select(c => db.GetColumnFamily(ColumnName(c)))];
    }

    /// <summary>The directory the database lives in.</summary>
    public string Path => _db.Path;

    /// <summary>Opens (creating when missing) the database in <paramref name="path"/>.</summary>
    /// <param name="path">Directory of the database.</param>
    /// <param name="blockCacheBytes">RocksDB's block cache shared by all columns.</param>
    public static RocksDbKeyValueStore Open(string path, long blockCacheBytes = 256L << 20)
    {
        Directory.CreateDirectory(path);
        var cache = Cache.CreateLru((ulong)blockCacheBytes);
        var table = new BlockBasedTableOptions().SetBlockCache(cache).SetCacheIndexAndFilterBlocks(true);
        var options = new DbOptions()
            .SetCreateIfMissing(true)
            .SetCreateMissingColumnFamilies(true)
            .IncreaseParallelism(Math.Max(2, Environment.ProcessorCount))
            .SetMaxOpenFiles(512)
            .SetKeepLogFileNum(4)
            .SetMaxTotalWalSize(256UL << 20);
        var families = new ColumnFamilies();
        foreach (var column in Columns)
        {
            var cf = new ColumnFamilyOptions().SetBlockBasedTableFactory(table).SetWriteBufferSize(32UL << 20);
            families.Add(ColumnName(column), cf);
        }

        return new RocksDbKeyValueStore(RocksDbSharp.RocksDb.Open(options, path, families));
    }

    /// <inheritdoc />
    public byte[]? Get(StoreColumn column, ReadOnlySpan<byte> key) => _db.Get(key, _handles[(int)column], _read);

    /// <inheritdoc />
    public byte[]? NextKey(StoreColumn column, ReadOnlySpan<byte> key)
    {
        using var iterator = _db.NewIterator(_handles[(int)column], _read);
        iterator.Seek(key);
        if (iterator.Valid() && iterator.GetKeySpan().SequenceEqual(key))
        {
            iterator.Next();
        }

        return iterator.Valid() ? iterator.Key() : null;
    }

    /// <inheritdoc />
    public IEnumerable<KeyValuePair<byte[], byte[]>> Scan(StoreColumn column, byte[] from)
    {
        using var iterator = _db.NewIterator(_handles[(int)column], _read);
        for (iterator.Seek(from); iterator.Valid(); iterator.Next())
        {
            yield return new(iterator.Key(), iterator.Value());
        }
    }

    /// <inheritdoc />
    public IWriteBatch CreateBatch() => new Batch(this);

    /// <inheritdoc />
    public void Write(IWriteBatch batch, bool sync) => _db.Write(((Batch)batch).Inner, sync ? _synced : _unsynced);

    /// <inheritdoc />
    public void Dispose() => _db.Dispose();

    private static string ColumnName(StoreColumn column) => column.ToString().ToLowerInvariant();

    private sealed class Batch(RocksDbKeyValueStore store) : IWriteBatch
    {
        public WriteBatch Inner { get; } = new();

        public int Count => Inner.Count();

        public void Put(StoreColumn column, ReadOnlySpan<byte> key, ReadOnlySpan<byte> value) => Inner.Put(key, value, store._handles[(int)column]);

        public void Delete(StoreColumn column, ReadOnlySpan<byte> key) => Inner.Delete(key, store._handles[(int)column]);

        public void Dispose() => Inner.Dispose();
    }
}
