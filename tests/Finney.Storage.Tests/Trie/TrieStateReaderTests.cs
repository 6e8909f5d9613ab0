using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Finney.Storage.Trie;

namespace Finney.Storage.Tests.Trie;

/// <summary>Reads through the trie agree with the same state held as a sorted map.</summary>
public class TrieStateReaderTests
{
    [Property(MaxTest = 200)]
    public Property GetAndNextKey_MatchSortedMap() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var random = new RandomState(seed);
            var model = new MemoryState();
            model.Apply(random.Changes(model, random.Random.Next(0, 60)));
            var store = new MemoryNodeStore();
            var root = store.Update(TrieRoot.EmptyRoot, model.Entries.Select(e => new StateChange(e.Key, e.Value)));
            var reader = new TrieStateReader(store, root);

            Hex(reader.Entries()).ShouldBe(Hex(model.Entries));
            var probes = model.Entries.Select(e => e.Key).Concat(Enumerable.Range(0, 40).Select(_ => random.Key())).Append([]);
            foreach (var probe in probes)
            {
                reader.Get(probe).ShouldBe(model.Get(probe));
                reader.NextKey(probe).ShouldBe(model.NextKey(probe));
            }

            reader.KeysWithPrefix([0x01], 1000).ShouldBe(model.KeysWithPrefix([0x01], 1000));
        });

    internal static List<string> Hex(IEnumerable<KeyValuePair<byte[], byte[]>> entries) =>
        [.. entries.Select(e => Convert.ToHexString(e.Key) + "=" + Convert.ToHexString(e.Value))];

    [Fact]
    public void EmptyTrie_HasNothing()
    {
        var reader = new TrieStateReader(new MemoryNodeStore(), TrieRoot.EmptyRoot);
        reader.Get([1]).ShouldBeNull();
        reader.NextKey([]).ShouldBeNull();
        reader.Entries().ShouldBeEmpty();
    }
}
