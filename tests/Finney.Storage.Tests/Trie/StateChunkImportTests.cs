using Finney.Storage.Database;
using Finney.Storage.Tests.Database;
using Finney.Storage.Trie;

namespace Finney.Storage.Tests.Trie;

public class StateChunkImportTests
{
    [Theory]
    [InlineData(1, 1_000_000)]
    [InlineData(7, 1_000_000)]
    [InlineData(1000, 200)]
    public void ChunksOfAState_RebuildItsRootAndImportIntoAFreshDatabase(int maxEntries, int maxBytes)
    {
        var (source, model, random) = SourceChain(11);
        using (source)
        {
            var target = source.Head!;
            var import = new StateChunkImport(target.StateRoot);
            var chunks = 0;
            while (!import.IsComplete)
            {
                import.Add(StateChunks.Read(source.StateAt(target.Hash)!, import.ResumeAfter, maxEntries, maxBytes));
                chunks++;
            }

            import.EntryCount.ShouldBe(model.Count);
            chunks.ShouldBeGreaterThan(1);
            using var copy = StateDatabase.InMemory();
            copy.ImportState(Block(source, target), import);

            copy.Head!.StateRoot.ShouldBe(target.StateRoot);
            copy.Finalized!.Hash.ShouldBe(target.Hash);
            StateDatabaseTests.AssertSameState(copy.StateAt(target.Hash)!, model, random);

            var next = random.Changes(model, 50);
            TestChain.Commit(source, next);
            TestChain.Commit(copy, next);
            copy.Head!.StateRoot.ShouldBe(source.Head!.StateRoot);
        }
    }

    [Fact]
    public void ATamperedValue_IsCaughtWhenTheLastChunkArrives()
    {
        var (source, _, _) = SourceChain(12);
        using (source)
        {
            var target = source.Head!;
            var chunk = StateChunks.Read(source.StateAt(target.Hash)!, null, int.MaxValue, int.MaxValue);
            chunk.IsLast.ShouldBeTrue();
            var entries = chunk.Entries.ToList();
            entries[entries.Count / 2] = new(entries[entries.Count / 2].Key, [.. entries[entries.Count / 2].Value, 0]);
            var import = new StateChunkImport(target.StateRoot);

            Should.Throw<InvalidDataException>(() => import.Add(chunk with { Entries = entries })).Message.ShouldContain("not the expected");
            import.IsComplete.ShouldBeFalse();
            using var copy = StateDatabase.InMemory();
            Should.Throw<InvalidOperationException>(() => copy.ImportState(Block(source, target), import));
            copy.Head.ShouldBeNull();
        }
    }

    [Fact]
    public void AMissingChunk_IsCaught()
    {
        var (source, _, _) = SourceChain(13);
        using (source)
        {
            var state = source.StateAt(source.Head!.Hash)!;
            var first = StateChunks.Read(state, null, 10, int.MaxValue);
            var second = StateChunks.Read(state, first.Entries[^1].Key, 10, int.MaxValue);
            var rest = StateChunks.Read(state, second.Entries[^1].Key, int.MaxValue, int.MaxValue);
            var import = new StateChunkImport(source.Head!.StateRoot);
            import.Add(first);

            Should.Throw<InvalidDataException>(() => import.Add(rest));
        }
    }

    [Fact]
    public void KeysOutOfOrder_AreRejected()
    {
        var import = new StateChunkImport(TrieRoot.EmptyRoot);
        import.Add(new StateChunk([new([5], [1])], IsLast: false));

        Should.Throw<InvalidDataException>(() => import.Add(new StateChunk([new([4], [1])], IsLast: true))).Message.ShouldContain("ascending");
        Should.Throw<InvalidDataException>(() => import.Add(new StateChunk([new([5], [1])], IsLast: true)));
    }

    [Fact]
    public void AnEmptyState_ImportsFromOneEmptyChunk()
    {
        var import = new StateChunkImport(TrieRoot.EmptyRoot);
        import.Add(StateChunks.Read(new MemoryState(), null, 10, 10));

        import.IsComplete.ShouldBeTrue();
        Should.Throw<InvalidOperationException>(() => import.Add(new StateChunk([], IsLast: true)));
    }

    private static (StateDatabase Source, MemoryState Model, RandomState Random) SourceChain(int seed)
    {
        var source = StateDatabase.InMemory();
        var random = new RandomState(seed);
        var model = new MemoryState();
        for (var n = 0; n < 4; n++)
        {
            var changes = random.Changes(model, 150);
            TestChain.Commit(source, changes);
            model.Apply(changes);
        }

        return (source, model, random);
    }

    private static BlockData Block(StateDatabase source, BlockInfo target) =>
        new(target.Number, target.Hash, target.ParentHash, source.Header(target.Hash)!, source.Body(target.Hash)!);
}
