using Finney.Node.Blocks;
using Finney.Node.Chain;
using Finney.Node.Tests.Fakes;
using Finney.Storage;
using Finney.Storage.Database;
using Finney.Storage.KeyValue;
using Finney.Storage.Trie;

namespace Finney.Node.Tests.Chain;

public sealed class DatabaseChainStoreTests
{
    [Fact]
    public void AChainOnTheDatabase_HasTheSameRootsAsOnTheMemoryStore()
    {
        using var onDatabase = new TestNode(new DatabaseChainStore(StateDatabase.InMemory()));
        using var inMemory = new TestNode(new MemoryChainStore());
        onDatabase.Node.Chain.GenesisHash.ShouldBe(inMemory.Node.Chain.GenesisHash);
        for (var i = 0; i < 3; i++)
        {
            // Not the hashes: the sr25519 seal is randomized.
            var a = onDatabase.AuthorBlock().Header;
            var b = inMemory.AuthorBlock().Header;
            a.StateRoot.ShouldBe(b.StateRoot);
            a.ExtrinsicsRoot.ShouldBe(b.ExtrinsicsRoot);
        }
    }

    [Fact]
    public void GenesisStateRoot_IsTheV1TrieRootOfTheGenesisStorage()
    {
        using var node = new TestNode(new DatabaseChainStore(StateDatabase.InMemory()));
        var genesis = new MemoryState();
        genesis.Apply(node.Node.Chain.Spec.GenesisStorage());

        node.Node.Chain.Best.Header.StateRoot.ToArray().ShouldBe(TrieRoot.StateRootV1(genesis.Entries));
    }

    [Fact]
    public void AReopenedDatabase_ResumesAtItsHeadWithItsState()
    {
        var store = new MemoryKeyValueStore();
        Hash256 head;
        byte[]? timestamp;
        using (var first = new TestNode(new DatabaseChainStore(new StateDatabase(store))))
        {
            first.AuthorBlock();
            head = first.AuthorBlock().Header.Hash();
            timestamp = first.Node.Chain.AtBest.State.Get(FakeRuntime.TimestampKey);
        }

        using var second = new TestNode(new DatabaseChainStore(new StateDatabase(store)));
        var chain = second.Node.Chain;
        chain.Best.Number.ShouldBe(2u);
        chain.Best.Hash.ShouldBe(head);
        chain.Finalized.Hash.ShouldBe(head);
        chain.AtBest.State.Get(FakeRuntime.TimestampKey).ShouldBe(timestamp);
        chain.Block(head)!.Header.Hash().ShouldBe(head);
        second.AuthorBlock().Header.Number.ShouldBe(3u);
    }

    [Fact]
    public void Commit_OfAHeaderWhoseStateRootIsNotThePreparedOne_IsRefused()
    {
        using var store = new DatabaseChainStore(StateDatabase.InMemory());
        var prepared = store.Prepare(null, [new StateChange([1], [1])]);
        var header = new BlockHeader(Hash256.Zero, 0, Hash256.Blake2([9]), StateRoots.EmptyTrie, []);

        Should.Throw<InvalidOperationException>(() => store.Commit(new Block(header, []), header.Hash(), prepared, finalize: true)).Message.ShouldContain("state root");
        store.Head.ShouldBeNull();
    }

    [Fact]
    public void Commit_OfStatePreparedByAnotherStore_IsRefused()
    {
        using var store = new DatabaseChainStore(StateDatabase.InMemory());
        var foreign = new MemoryChainStore().Prepare(null, []);
        var header = new BlockHeader(Hash256.Zero, 0, foreign.Root, StateRoots.EmptyTrie, []);

        Should.Throw<InvalidOperationException>(() => store.Commit(new Block(header, []), header.Hash(), foreign, finalize: true));
    }
}
