using Finney.Storage.Database;
using Finney.Storage.KeyValue;
using Finney.Storage.Trie;

namespace Finney.Storage.Tests.Database;

/// <summary>Damaged or leftover data is refused with a clear exception or cleaned up, never read as a wrong answer.</summary>
public class CorruptionTests
{
    [Fact]
    public void ATrieNodeWhoseBytesChanged_FailsTheReadInsteadOfAnsweringWrong()
    {
        var store = new MemoryKeyValueStore();
        byte[] oldHash;
        using (var database = new StateDatabase(store))
        {
            oldHash = TestChain.Commit(database, [new([1], new byte[40]), new([2], [2]), new([3], [3])]).Hash;
            TestChain.Commit(database, [new([2], [9])]);
            var root = database.Block(oldHash)!.StateRoot;
            using var batch = store.CreateBatch();
            var node = store.Get(StoreColumn.TrieNodes, root)!;
            node[^1] ^= 1;
            batch.Put(StoreColumn.TrieNodes, root, node);
            store.Write(batch, sync: true);
        }

        using var reopened = new StateDatabase(store);
        Should.Throw<InvalidTrieNodeException>(() => reopened.StateAt(oldHash)!.Get([3])).Message.ShouldContain("corrupt");
    }

    [Fact]
    public void ATruncatedHeadPointer_IsRefusedOnOpen()
    {
        var store = new MemoryKeyValueStore();
        using (var database = new StateDatabase(store))
        {
            TestChain.Commit(database, [new([1], [1])]);
        }

        using var batch = store.CreateBatch();
        batch.Put(StoreColumn.Meta, "head"u8, [1, 2, 3]);
        store.Write(batch, sync: true);

        Should.Throw<InvalidDataException>(() => new StateDatabase(store)).Message.ShouldContain("corrupt");
    }

    [Fact]
    public void ADamagedBlockIndexEntry_IsRefused()
    {
        var store = new MemoryKeyValueStore();
        using var database = new StateDatabase(store);
        var genesis = TestChain.Commit(database, [new([1], [1])]);
        using var batch = store.CreateBatch();
        batch.Put(StoreColumn.BlockIndex, genesis.Hash, [0, 0, 0, 0]);
        store.Write(batch, sync: true);

        Should.Throw<InvalidDataException>(() => database.Block(genesis.Hash));
    }

    [Fact]
    public void AnotherPruningMode_IsRefusedOnOpen()
    {
        var store = new MemoryKeyValueStore();
        new StateDatabase(store, new StateDatabaseOptions { Pruning = StatePruning.KeepLast(8) }).Dispose();

        Should.Throw<InvalidOperationException>(() => new StateDatabase(store, new StateDatabaseOptions { Pruning = StatePruning.Archive })).Message.ShouldContain("keep 8");
    }

    [Fact]
    public void DataLeftByAnImportThatNeverCommitted_IsDiscardedOnOpen()
    {
        var store = new MemoryKeyValueStore();
        new StateDatabase(store).Dispose();
        using (var batch = store.CreateBatch())
        {
            // More than one delete batch's worth (10,000), as a real interrupted import leaves.
            for (var i = 0; i < 25_000; i++)
            {
                batch.Put(StoreColumn.FlatState, BitConverter.GetBytes(i), [7]);
            }

            batch.Put(StoreColumn.TrieNodes, new byte[32], [1]);
            store.Write(batch, sync: false);
        }

        using var database = new StateDatabase(store);
        store.Count(StoreColumn.FlatState).ShouldBe(0);
        store.Count(StoreColumn.TrieNodes).ShouldBe(0);
        var genesis = TestChain.Commit(database, [new([1], [1])]);
        database.StateAt(genesis.Hash)!.NextKey([1]).ShouldBeNull();
    }
}
