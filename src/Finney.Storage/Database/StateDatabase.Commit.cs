using Finney.Storage.KeyValue;
using Finney.Storage.Trie;

namespace Finney.Storage.Database;

public sealed partial class StateDatabase
{
    private static readonly byte[] ZeroHash = new byte[TrieLayout.HashLength];

    /// <inheritdoc />
    public StateUpdate PrepareUpdate(ReadOnlySpan<byte> parentHash, IEnumerable<StateChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        BlockInfo? parent = null;
        var parentRoot = TrieRoot.EmptyRoot;
        if (!parentHash.IsEmpty)
        {
            parent = Block(parentHash) ?? throw new ArgumentException($"Unknown parent block {Convert.ToHexStringLower(parentHash)}.", nameof(parentHash));
            if (OldestState is not { } oldest || parent.Number < oldest)
            {
                throw new ArgumentException($"The state of block {parent.Number} is pruned.", nameof(parentHash));
            }

            parentRoot = parent.StateRoot;
        }

        var list = changes as IReadOnlyList<StateChange> ?? [.. changes];
        var updater = new TrieUpdater(_nodes, parentRoot, StateVersion.V1);
        updater.Apply(list);
        return new StateUpdate(parent, parentRoot, list, updater.Commit());
    }

    /// <inheritdoc />
    public void Commit(BlockData block, StateUpdate update, bool finalize = false)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(update);
        lock (_writeLock)
        {
            CheckExtendsHead(block, update);
            var info = new BlockInfo(block.Number, block.Hash, block.ParentHash, update.Root);
            var finalized = finalize ? info : _finalized;

            using var batch = _store.CreateBatch();
            var nodeDeltas = new Dictionary<byte[], NodeDelta>(ByteKeyComparer.Instance);
            foreach (var (hash, change) in update.Delta.Changes)
            {
                if (change.Added > 0)
                {
                    nodeDeltas[hash] = new NodeDelta(change.Added, change.Data);
                }
            }

            var nextJournal = PlanPruning(batch, block.Number, finalized, update, nodeDeltas);
            var deleted = WriteNodeDeltas(batch, nodeDeltas);

            foreach (var change in update.Changes)
            {
                if (change.Value is null)
                {
                    batch.Delete(StoreColumn.FlatState, change.Key);
                }
                else
                {
                    batch.Put(StoreColumn.FlatState, change.Key, change.Value);
                }
            }

            WriteBlock(batch, block, info);
            batch.Put(StoreColumn.Meta, DatabaseKeys.Head, DatabaseKeys.BlockPointer(info));
            if (finalize)
            {
                batch.Put(StoreColumn.Meta, DatabaseKeys.Finalized, DatabaseKeys.BlockPointer(info));
            }

            batch.Put(StoreColumn.Meta, DatabaseKeys.NextJournal, DatabaseKeys.U32(nextJournal));

            Interlocked.Increment(ref _commitSequence);
            try
            {
                _store.Write(batch, sync: true);
                _head = info;
                _finalized = finalized;
                _nextJournal = nextJournal;
            }
            finally
            {
                Interlocked.Increment(ref _commitSequence);
            }

            foreach (var hash in deleted)
            {
                _cache.Remove(hash);
            }
        }
    }

    /// <inheritdoc />
    public void SetFinalized(ReadOnlySpan<byte> hash)
    {
        lock (_writeLock)
        {
            var block = Block(hash) ?? throw new ArgumentException($"Unknown block {Convert.ToHexStringLower(hash)}.", nameof(hash));
            if (_finalized is { } current && block.Number < current.Number)
            {
                throw new InvalidOperationException($"Block {block.Number} is below the finalized block {current.Number}.");
            }

            using var batch = _store.CreateBatch();
            batch.Put(StoreColumn.Meta, DatabaseKeys.Finalized, DatabaseKeys.BlockPointer(block));
            _store.Write(batch, sync: true);
            _finalized = block;
        }
    }

    /// <inheritdoc />
    public void SetJustification(ReadOnlySpan<byte> hash, byte[] justification)
    {
        ArgumentNullException.ThrowIfNull(justification);
        lock (_writeLock)
        {
            _ = Block(hash) ?? throw new ArgumentException($"Unknown block {Convert.ToHexStringLower(hash)}.", nameof(hash));
            using var batch = _store.CreateBatch();
            batch.Put(StoreColumn.Justifications, hash, justification);
            _store.Write(batch, sync: true);
        }
    }

    private void CheckExtendsHead(BlockData block, StateUpdate update)
    {
        if (block.Hash.Length != TrieLayout.HashLength || block.ParentHash.Length != TrieLayout.HashLength)
        {
            throw new ArgumentException("Block and parent hashes are 32 bytes.", nameof(block));
        }

        var head = _head;
        if (head is null)
        {
            if (block.Number != 0 || !block.ParentHash.AsSpan().SequenceEqual(ZeroHash) || update.Parent is not null)
            {
                throw new InvalidOperationException("The first block committed must be genesis: number 0, zero parent hash, update prepared from the empty state.");
            }

            return;
        }

        if (block.Number != head.Number + 1 || !block.ParentHash.AsSpan().SequenceEqual(head.Hash))
        {
            throw new InvalidOperationException($"Block {block.Number} does not extend the head {head.Number} (0x{Convert.ToHexStringLower(head.Hash)}).");
        }

        if (update.Parent is null || !update.Parent.Hash.AsSpan().SequenceEqual(head.Hash))
        {
            throw new InvalidOperationException("The state update was prepared on another block than the head.");
        }
    }

    private static void WriteBlock(IWriteBatch batch, BlockData block, BlockInfo info)
    {
        batch.Put(StoreColumn.Headers, block.Hash, block.Header);
        batch.Put(StoreColumn.Bodies, block.Hash, DatabaseKeys.EncodeBody(block.Body));
        if (block.Justification is not null)
        {
            batch.Put(StoreColumn.Justifications, block.Hash, block.Justification);
        }

        batch.Put(StoreColumn.BlockIndex, block.Hash, DatabaseKeys.IndexValue(info.Number, info.ParentHash, info.StateRoot));
        batch.Put(StoreColumn.Canonical, DatabaseKeys.Number(info.Number), block.Hash);
    }

    /// <summary>
    /// Journals what this commit released and folds in the releases of every older commit whose preceding state
    /// now leaves the window (never past the finalized block). Returns the next journal still to apply.
    /// </summary>
    private uint PlanPruning(IWriteBatch batch, uint number, BlockInfo? finalized, StateUpdate update, Dictionary<byte[], NodeDelta> deltas)
    {
        if (Options.Pruning.IsArchive)
        {
            return _nextJournal;
        }

        var released = update.Delta.Changes.Where(c => c.Value.Removed > 0).Select(c => new KeyValuePair<byte[], int>(c.Key, c.Value.Removed)).ToList();

        // Commit j released nodes of state j-1; apply it once state j-1 is older than the window and finalized.
        var keep = (uint)Options.Pruning.KeepBlocks;
        var next = _nextJournal;
        var limit = (long)number - keep + 1;
        // State j-1 must also be older than the finalized block: j ≤ finalized number (nothing finalized: none).
        var finalityLimit = finalized?.Number ?? 0;
        var applied = 0;
        var currentApplied = false;
        while (next <= limit && next <= finalityLimit && applied < Options.MaxPrunedPerCommit)
        {
            // A commit that released nothing wrote no journal entry.
            var entries = next == number ? released
                : _store.Get(StoreColumn.TrieJournal, DatabaseKeys.Number(next)) is { } journal ? DatabaseKeys.DecodeJournal(journal) : [];
            foreach (var (hash, count) in entries)
            {
                if (!deltas.TryGetValue(hash, out var delta))
                {
                    delta = new NodeDelta(0, null);
                    deltas[hash] = delta;
                }

                delta.Count -= count;
            }

            if (next == number)
            {
                currentApplied = true;
            }
            else
            {
                batch.Delete(StoreColumn.TrieJournal, DatabaseKeys.Number(next));
            }

            next++;
            applied++;
        }

        if (!currentApplied && number >= 1 && released.Count > 0)
        {
            batch.Put(StoreColumn.TrieJournal, DatabaseKeys.Number(number), DatabaseKeys.EncodeJournal(released));
        }

        return Math.Max(next, 1);
    }

    /// <summary>Writes reference counts and node bytes for every touched node; returns the hashes deleted.</summary>
    private List<byte[]> WriteNodeDeltas(IWriteBatch batch, Dictionary<byte[], NodeDelta> deltas)
    {
        var deleted = new List<byte[]>();
        foreach (var (hash, delta) in deltas)
        {
            if (delta.Count == 0)
            {
                continue;
            }

            var stored = _store.Get(StoreColumn.TrieRefs, hash);
            var current = stored is null ? 0L : DatabaseKeys.ReadU32(stored);
            var updated = current + delta.Count;
            if (updated < 0)
            {
                throw new InvalidOperationException($"Trie node {Convert.ToHexStringLower(hash)} would have a negative reference count; the database is inconsistent.");
            }

            if (updated == 0)
            {
                batch.Delete(StoreColumn.TrieRefs, hash);
                batch.Delete(StoreColumn.TrieNodes, hash);
                deleted.Add(hash);
                continue;
            }

            if (current == 0)
            {
                var data = delta.Data ?? _store.Get(StoreColumn.TrieNodes, hash)
                    ?? throw new InvalidOperationException($"Trie node {Convert.ToHexStringLower(hash)} is referenced but neither stored nor supplied.");
                batch.Put(StoreColumn.TrieNodes, hash, data);
            }

            batch.Put(StoreColumn.TrieRefs, hash, DatabaseKeys.U32((uint)updated));
        }

        return deleted;
    }

    private sealed class NodeDelta(int count, byte[]? data)
    {
        public int Count { get; set; } = count;

        public byte[]? Data { get; } = data;
    }
}
