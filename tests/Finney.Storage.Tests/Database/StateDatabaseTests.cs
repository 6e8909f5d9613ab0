using Finney.Storage.Database;
using Finney.Storage.KeyValue;
using Finney.Storage.Tests.Trie;
using Finney.Storage.Trie;

namespace Finney.Storage.Tests.Database;

/// <summary>The state database on the in-memory store: roots, reads at every retained block, pruning, block store.</summary>
public class StateDatabaseTests
{
    [Theory]
    [InlineData(1, 11)]
    [InlineData(3, 12)]
    [InlineData(0, 13)]
    public void RandomChain_RootsReadsAndPruningStayExact(int keep, int seed)
    {
        var store = new MemoryKeyValueStore();
        var options = new StateDatabaseOptions { Pruning = keep == 0 ? StatePruning.Archive : StatePruning.KeepLast(keep), NodeCacheBytes = 1 << 16 };
        using var database = new StateDatabase(store, options);
        var random = new RandomState(seed);
        var model = new MemoryState();
        var history = new List<(BlockData Block, MemoryState State)>();
        for (var n = 0; n < 25; n++)
        {
            var changes = random.Changes(model, random.Random.Next(0, 40));
            var block = TestChain.Commit(database, changes);
            model.Apply(changes);
            history.Add((block, model.Clone()));

            database.Head!.StateRoot.ShouldBe(TrieRoot.StateRootV1(model.Entries));
            var oldest = keep == 0 ? 0 : Math.Max(0, n - keep + 1);
            database.OldestState.ShouldBe((uint)oldest);
            for (var i = 0; i < history.Count; i++)
            {
                var reader = database.StateAt(history[i].Block.Hash);
                if (i < oldest)
                {
                    reader.ShouldBeNull();
                    continue;
                }

                reader.ShouldNotBeNull();
                AssertSameState(reader, history[i].State, random);
            }

            // Stored nodes are exactly those reachable from the retained states' roots.
            var reachable = new HashSet<byte[]>(ByteKeyComparer.Instance);
            foreach (var (retained, _) in history.Skip(oldest))
            {
                reachable.UnionWith(TrieUpdaterTests.Occurrences(database.TrieNodes, database.Block(retained.Hash)!.StateRoot).Keys);
            }

            store.Count(StoreColumn.TrieNodes).ShouldBe(reachable.Count);
            store.Count(StoreColumn.TrieRefs).ShouldBe(reachable.Count);
        }
    }

    [Fact]
    public void Pruning_WaitsForFinality()
    {
        using var database = StateDatabase.InMemory(new StateDatabaseOptions { Pruning = StatePruning.KeepLast(2) });
        var genesis = TestChain.Commit(database, [new([1], [1])], finalize: false);
        for (byte i = 2; i < 8; i++)
        {
            TestChain.Commit(database, [new([i], [i])], finalize: false);
        }

        database.OldestState.ShouldBe(0u);
        database.StateAt(genesis.Hash)!.Get([1]).ShouldBe(new byte[] { 1 });

        database.SetFinalized(database.BlockHash(5)!);
        TestChain.Commit(database, [new([9], [9])], finalize: false);

        database.OldestState.ShouldBe(5u);
        database.StateAt(genesis.Hash).ShouldBeNull();
        database.StateAt(database.BlockHash(5)!)!.Get([5]).ShouldBe(new byte[] { 5 });
    }

    [Fact]
    public void BlockStore_KeepsHeadersBodiesJustificationsAndIndexes()
    {
        using var database = StateDatabase.InMemory();
        var genesis = TestChain.Commit(database, [new([1], [1])]);
        var update = database.PrepareUpdate(genesis.Hash, [new([2], [2])]);
        var block = TestChain.Block(database, update, [9, 9], [8]) with { Justification = [7, 7, 7] };
        database.Commit(block, update);

        database.Head!.Ref.ShouldBe(new BlockRef(1, block.Hash), new BlockRefComparer());
        database.BlockHash(0).ShouldBe(genesis.Hash);
        database.BlockHash(1).ShouldBe(block.Hash);
        database.BlockHash(2).ShouldBeNull();
        database.Header(block.Hash).ShouldBe(block.Header);
        database.Body(block.Hash)!.Select(Convert.ToHexString).ShouldBe(["0909", "08"]);
        database.Justification(block.Hash).ShouldBe(new byte[] { 7, 7, 7 });
        database.Block(block.Hash)!.ParentHash.ShouldBe(genesis.Hash);
        database.Block(block.Hash)!.StateRoot.ShouldBe(update.Root);

        database.SetJustification(genesis.Hash, [1]);
        database.Justification(genesis.Hash).ShouldBe(new byte[] { 1 });
    }

    [Fact]
    public void Commit_RefusesBlocksThatDoNotExtendTheHead()
    {
        using var database = StateDatabase.InMemory();
        var first = database.PrepareUpdate([], [new([1], [1])]);
        var notGenesis = TestChain.Block(database, first) with { Number = 1 };
        Should.Throw<InvalidOperationException>(() => database.Commit(notGenesis, first));

        var genesis = TestChain.Commit(database, [new([1], [1])]);
        var stale = database.PrepareUpdate(genesis.Hash, [new([2], [2])]);
        TestChain.Commit(database, [new([3], [3])]);

        var block = TestChain.Block(database, stale);
        Should.Throw<InvalidOperationException>(() => database.Commit(block, stale));
        Should.Throw<InvalidOperationException>(() => database.Commit(block with { ParentHash = genesis.Hash }, stale));
        Should.Throw<ArgumentException>(() => database.PrepareUpdate(new byte[32], []));
    }

    [Fact]
    public void Reopen_ResumesAtHeadAndRefusesAnotherPruningMode()
    {
        var store = new MemoryKeyValueStore();
        var database = new StateDatabase(store);
        TestChain.Commit(database, [new([1], [1])]);
        var head = TestChain.Commit(database, [new([2], new byte[50])]);

        var reopened = new StateDatabase(store);
        reopened.Head!.Hash.ShouldBe(head.Hash);
        reopened.Finalized!.Hash.ShouldBe(head.Hash);
        reopened.StateAt(head.Hash)!.Get([2]).ShouldBe(new byte[50]);
        Should.Throw<InvalidOperationException>(() => new StateDatabase(store, new StateDatabaseOptions { Pruning = StatePruning.Archive }));
    }

    [Fact]
    public void HeadReader_KeepsReadingItsBlockAfterTheHeadMoves()
    {
        using var database = StateDatabase.InMemory();
        var genesis = TestChain.Commit(database, [new([1], [1]), new([2], [2])]);
        var reader = database.StateAt(genesis.Hash)!;
        reader.Get([1]).ShouldBe(new byte[] { 1 });

        TestChain.Commit(database, [new([1], null), new([3], [3])]);

        reader.Get([1]).ShouldBe(new byte[] { 1 });
        reader.NextKey([2]).ShouldBeNull();
        database.StateAt(database.Head!.Hash)!.NextKey([2]).ShouldBe(new byte[] { 3 });
    }

    [Fact]
    public void StateDownload_RoundTripsIntoAFreshDatabase()
    {
        using var source = StateDatabase.InMemory();
        var random = new RandomState(5);
        var model = new MemoryState();
        for (var n = 0; n < 5; n++)
        {
            var changes = random.Changes(model, 200);
            TestChain.Commit(source, changes);
            model.Apply(changes);
        }

        var target = source.Head!;
        var download = new StateDownload(target.StateRoot);
        var requests = 0;
        while (!download.IsComplete)
        {
            var wanted = download.Missing(16);
            download.Add(wanted.Select(h => source.TrieNodes.GetNode(h)!).ToList());
            requests++;
        }

        requests.ShouldBeGreaterThan(3);
        using var copy = StateDatabase.InMemory();
        var block = new BlockData(target.Number, target.Hash, target.ParentHash, source.Header(target.Hash)!, source.Body(target.Hash)!);
        copy.ImportState(block, download);

        copy.Head!.StateRoot.ShouldBe(target.StateRoot);
        AssertSameState(copy.StateAt(target.Hash)!, model, random);

        // Both continue the chain identically.
        var next = random.Changes(model, 50);
        TestChain.Commit(source, next);
        TestChain.Commit(copy, next);
        copy.Head!.StateRoot.ShouldBe(source.Head!.StateRoot);
        Should.Throw<InvalidOperationException>(() => copy.ImportState(block, download));
    }

    [Fact]
    public void StateDownload_RejectsNodesNotAskedFor()
    {
        using var source = StateDatabase.InMemory();
        TestChain.Commit(source, [new([1], new byte[40]), new([2], [2]), new([3, 4], new byte[33])]);
        var download = new StateDownload(source.Head!.StateRoot);
        var root = source.TrieNodes.GetNode(source.Head!.StateRoot)!;
        var tampered = (byte[])root.Clone();
        tampered[^1] ^= 1;

        Should.Throw<InvalidTrieNodeException>(() => download.Add([tampered]));
        Should.Throw<InvalidTrieNodeException>(() => download.Add([new byte[40]]));
        download.Add([root]).ShouldBe(1);
        download.IsComplete.ShouldBeFalse();
        using var copy = StateDatabase.InMemory();
        Should.Throw<InvalidOperationException>(() => copy.ImportState(TestChain.Block(copy, copy.PrepareUpdate([], [])), download));
    }

    internal static void AssertSameState(IStateReader reader, MemoryState expected, RandomState random)
    {
        var keys = new List<byte[]>();
        byte[] cursor = [];
        if (reader.Get(cursor) is not null)
        {
            keys.Add(cursor);
        }

        while (reader.NextKey(cursor) is { } next)
        {
            keys.Add(next);
            cursor = next;
        }

        keys.Select(Convert.ToHexString).ShouldBe(expected.Entries.Select(e => Convert.ToHexString(e.Key)));
        foreach (var (key, value) in expected.Entries)
        {
            reader.Get(key).ShouldBe(value);
        }

        for (var i = 0; i < 20; i++)
        {
            var probe = random.Key();
            reader.Get(probe).ShouldBe(expected.Get(probe));
            reader.NextKey(probe).ShouldBe(expected.NextKey(probe));
        }
    }

    private sealed class BlockRefComparer : IEqualityComparer<BlockRef>
    {
        public bool Equals(BlockRef? x, BlockRef? y) => x!.Number == y!.Number && x.Hash.AsSpan().SequenceEqual(y.Hash);

        public int GetHashCode(BlockRef obj) => (int)obj.Number;
    }
}
