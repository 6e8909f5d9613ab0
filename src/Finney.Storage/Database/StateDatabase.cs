using Finney.Storage.KeyValue;
using Finney.Storage.Trie;

namespace Finney.Storage.Database;

/// <summary>
/// <see cref="IStateDatabase"/> over any <see cref="IKeyValueStore"/>: RocksDB for the node
/// (<c>Finney.Storage.RocksDb.RocksDbStateDatabase.Open</c>), memory for tests (<see cref="InMemory"/>).
/// </summary>
public sealed partial class StateDatabase : IStateDatabase
{
    private readonly IKeyValueStore _store;
    private readonly NodeCache _cache;
    private readonly StoredNodeSource _nodes;
    private readonly Lock _writeLock = new();
    private volatile BlockInfo? _head;
    private volatile BlockInfo? _finalized;
    private uint _nextJournal;

    // Seqlock around commits: odd while a commit writes, so a head reader can tell its flat read raced one.
    private long _commitSequence;

    /// <summary>Opens the database kept in <paramref name="store"/>, creating its layout when the store is empty.</summary>
    /// <exception cref="InvalidOperationException">The store has another schema version or pruning mode.</exception>
    public StateDatabase(IKeyValueStore store, StateDatabaseOptions? options = null)
    {
        _store = store;
        Options = options ?? new StateDatabaseOptions();
        _cache = new NodeCache(Options.NodeCacheBytes);
        _nodes = new StoredNodeSource(store, _cache);
        Open();
    }

    /// <inheritdoc />
    public StateDatabaseOptions Options { get; }

    /// <inheritdoc />
    public BlockInfo? Head => _head;

    /// <inheritdoc />
    public BlockInfo? Finalized => _finalized;

    /// <inheritdoc />
    public uint? OldestState => _head is null ? null : Math.Max(_nextJournal, 1) - 1;

    /// <inheritdoc />
    public ITrieNodeSource TrieNodes => _nodes;

    /// <summary>A database in memory (tests, tools): same behaviour, nothing survives the process.</summary>
    public static StateDatabase InMemory(StateDatabaseOptions? options = null) => new(new MemoryKeyValueStore(), options);

    /// <inheritdoc />
    public byte[]? BlockHash(uint number) => _store.Get(StoreColumn.Canonical, DatabaseKeys.Number(number));

    /// <inheritdoc />
    public BlockInfo? Block(ReadOnlySpan<byte> hash)
    {
        var value = _store.Get(StoreColumn.BlockIndex, hash);
        return value is null ? null : DatabaseKeys.ReadIndex(hash.ToArray(), value);
    }

    /// <inheritdoc />
    public byte[]? Header(ReadOnlySpan<byte> hash) => _store.Get(StoreColumn.Headers, hash);

    /// <inheritdoc />
    public IReadOnlyList<byte[]>? Body(ReadOnlySpan<byte> hash)
    {
        var value = _store.Get(StoreColumn.Bodies, hash);
        return value is null ? null : DatabaseKeys.DecodeBody(value);
    }

    /// <inheritdoc />
    public byte[]? Justification(ReadOnlySpan<byte> hash) => _store.Get(StoreColumn.Justifications, hash);

    /// <inheritdoc />
    public IStateReader? StateAt(ReadOnlySpan<byte> hash)
    {
        var block = Block(hash);
        if (block is null || OldestState is not { } oldest || block.Number < oldest)
        {
            return null;
        }

        return new BlockStateReader(this, block);
    }

    /// <inheritdoc />
    public IReadOnlyList<byte[]>? ReadProof(ReadOnlySpan<byte> hash, IEnumerable<byte[]> keys)
    {
        var block = Block(hash);
        if (block is null || OldestState is not { } oldest || block.Number < oldest)
        {
            return null;
        }

        return TrieProof.Record(_nodes, block.StateRoot, keys);
    }

    /// <inheritdoc />
    public void Dispose() => _store.Dispose();

    private void Open()
    {
        var schema = _store.Get(StoreColumn.Meta, DatabaseKeys.Schema);
        var pruning = DatabaseKeys.U32((uint)Options.Pruning.KeepBlocks);
        if (schema is null)
        {
            using var batch = _store.CreateBatch();
            batch.Put(StoreColumn.Meta, DatabaseKeys.Schema, DatabaseKeys.U32(DatabaseKeys.SchemaVersion));
            batch.Put(StoreColumn.Meta, DatabaseKeys.Pruning, pruning);
            _store.Write(batch, sync: true);
        }
        else if (DatabaseKeys.ReadU32(schema) != DatabaseKeys.SchemaVersion)
        {
            throw new InvalidOperationException($"The database has schema version {DatabaseKeys.ReadU32(schema)}; this build reads version {DatabaseKeys.SchemaVersion}.");
        }
        else if (_store.Get(StoreColumn.Meta, DatabaseKeys.Pruning) is { } stored && !stored.AsSpan().SequenceEqual(pruning))
        {
            var keep = DatabaseKeys.ReadU32(stored);
            throw new InvalidOperationException($"The database was created with state pruning '{(keep == 0 ? "archive" : $"keep {keep}")}', not '{Options.Pruning}'.");
        }

        _head = ReadPointer(DatabaseKeys.Head);
        _finalized = ReadPointer(DatabaseKeys.Finalized);
        _nextJournal = _store.Get(StoreColumn.Meta, DatabaseKeys.NextJournal) is { } next ? DatabaseKeys.ReadU32(next) : 1;
        if (_head is null)
        {
            DiscardUnfinishedImport();
        }
    }

    // A state import writes nodes and flat state in unsynced batches before its synced head; a crash in between
    // leaves data no head accounts for, which a later genesis commit would silently mix into its state.
    private void DiscardUnfinishedImport()
    {
        var batch = _store.CreateBatch();
        try
        {
            foreach (var column in Enum.GetValues<StoreColumn>().Where(c => c != StoreColumn.Meta))
            {
                foreach (var (key, _) in _store.Scan(column, []))
                {
                    batch.Delete(column, key);
                    batch = Flush(batch);
                }
            }

            _store.Write(batch, sync: true);
        }
        finally
        {
            batch.Dispose();
        }
    }

    private BlockInfo? ReadPointer(byte[] key)
    {
        var pointer = _store.Get(StoreColumn.Meta, key);
        if (pointer is null)
        {
            return null;
        }

        if (pointer.Length != 4 + TrieLayout.HashLength)
        {
            throw new InvalidDataException($"The database's {System.Text.Encoding.ASCII.GetString(key)} pointer has {pointer.Length} bytes, not 36: the database is corrupt.");
        }

        return Block(pointer.AsSpan(4))
            ?? throw new InvalidOperationException($"The database's {System.Text.Encoding.ASCII.GetString(key)} pointer names a block it does not have.");
    }

    /// <summary>
    /// Reads the state after one block: the head's from the flat column (when no commit raced the read), any other
    /// retained block's through its trie.
    /// </summary>
    private sealed class BlockStateReader(StateDatabase database, BlockInfo block) : IStateReader
    {
        private TrieStateReader? _trie;

        private TrieStateReader Trie => _trie ??= new TrieStateReader(database._nodes, block.StateRoot);

        public byte[]? Get(ReadOnlySpan<byte> key)
        {
            var sequence = Volatile.Read(ref database._commitSequence);
            if (IsHead(sequence))
            {
                var value = database._store.Get(StoreColumn.FlatState, key);
                Interlocked.MemoryBarrier();
                if (Volatile.Read(ref database._commitSequence) == sequence)
                {
                    return value;
                }
            }

            return Trie.Get(key);
        }

        public byte[]? NextKey(ReadOnlySpan<byte> key)
        {
            var sequence = Volatile.Read(ref database._commitSequence);
            if (IsHead(sequence))
            {
                var next = database._store.NextKey(StoreColumn.FlatState, key);
                Interlocked.MemoryBarrier();
                if (Volatile.Read(ref database._commitSequence) == sequence)
                {
                    return next;
                }
            }

            return Trie.NextKey(key);
        }

        private bool IsHead(long sequence) =>
            (sequence & 1) == 0 && database._head is { } head && head.Number == block.Number && head.Hash.AsSpan().SequenceEqual(block.Hash);
    }
}
