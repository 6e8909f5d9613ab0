using Finney.Storage.KeyValue;
using Finney.Storage.Trie;

namespace Finney.Storage.Database;

public sealed partial class StateDatabase
{
    // Flat-state entries per unsynced batch while importing; the synced head write comes last.
    private const int ImportBatchEntries = 10_000;

    /// <inheritdoc />
    public void ImportState(BlockData block, StateDownload download)
    {
        ArgumentNullException.ThrowIfNull(download);
        if (!download.IsComplete)
        {
            throw new InvalidOperationException("The state download is not complete.");
        }

        Import(block, download, download.Root);
    }

    /// <inheritdoc />
    public void ImportState(BlockData block, StateChunkImport import)
    {
        ArgumentNullException.ThrowIfNull(import);
        if (!import.IsComplete)
        {
            throw new InvalidOperationException("The chunked state import is not complete (or its root did not match).");
        }

        Import(block, import, import.Root);
    }

    // The nodes are complete and verified against the root; write them counted, then the flat state, then the head.
    private void Import(BlockData block, ITrieNodeSource download, byte[] root)
    {
        ArgumentNullException.ThrowIfNull(block);
        lock (_writeLock)
        {
            if (_head is not null)
            {
                throw new InvalidOperationException("A downloaded state can only be imported into an empty database.");
            }

            var counts = CountOccurrences(download, root);
            var batch = _store.CreateBatch();
            try
            {
                foreach (var (hash, count) in counts)
                {
                    batch.Put(StoreColumn.TrieNodes, hash, download.GetNode(hash)!);
                    batch.Put(StoreColumn.TrieRefs, hash, DatabaseKeys.U32((uint)count));
                    batch = Flush(batch);
                }

                foreach (var (key, value) in new TrieStateReader(download, root).Entries())
                {
                    batch.Put(StoreColumn.FlatState, key, value);
                    batch = Flush(batch);
                }

                // The head pointer goes last, synced: a crash before it leaves no head, and the importer starts over.
                var info = new BlockInfo(block.Number, block.Hash, block.ParentHash, root);
                WriteBlock(batch, block, info);
                batch.Put(StoreColumn.Meta, DatabaseKeys.Head, DatabaseKeys.BlockPointer(info));
                batch.Put(StoreColumn.Meta, DatabaseKeys.Finalized, DatabaseKeys.BlockPointer(info));
                batch.Put(StoreColumn.Meta, DatabaseKeys.NextJournal, DatabaseKeys.U32(block.Number + 1));
                _store.Write(batch, sync: true);
                _head = info;
                _finalized = info;
                _nextJournal = block.Number + 1;
            }
            finally
            {
                batch.Dispose();
            }
        }
    }

    // Every occurrence of every stored node and value node reachable from the root (identical subtrees share one copy).
    private static Dictionary<byte[], int> CountOccurrences(ITrieNodeSource download, byte[] root)
    {
        var counts = new Dictionary<byte[], int>(ByteKeyComparer.Instance);
        if (TrieRoot.IsEmptyRoot(root))
        {
            return counts;
        }

        var stack = new Stack<(byte[] Reference, bool Stored)>();
        stack.Push((root, true));
        while (stack.Count > 0)
        {
            var (reference, stored) = stack.Pop();
            byte[] encoding = reference;
            if (stored)
            {
                counts[reference] = counts.GetValueOrDefault(reference) + 1;
                encoding = download.GetNode(reference)!;
            }

            var node = NodeCodec.Decode(encoding);
            if (node.ValueIsHashed)
            {
                counts[node.Value!] = counts.GetValueOrDefault(node.Value!) + 1;
            }

            foreach (var child in node.Children ?? [])
            {
                if (child is not null)
                {
                    stack.Push((child, TrieNode.IsHashReference(child)));
                }
            }
        }

        return counts;
    }

    private IWriteBatch Flush(IWriteBatch batch)
    {
        if (batch.Count < ImportBatchEntries)
        {
            return batch;
        }

        _store.Write(batch, sync: false);
        batch.Dispose();
        return _store.CreateBatch();
    }
}
