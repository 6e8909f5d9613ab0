using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Finney.Storage.Trie;

namespace Finney.Storage.Tests.Trie;

/// <summary>
/// The incremental root against the from-scratch root, and the node store against the trie: after every update
/// the store holds exactly the nodes reachable from the root, each counted once per occurrence.
/// </summary>
public class TrieUpdaterTests
{
    [Property(MaxTest = 200)]
    public Property IncrementalRoot_EqualsFullRoot_AndStoreHoldsExactlyTheTrie() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var random = new RandomState(seed);
            var model = new MemoryState();
            var store = new MemoryNodeStore();
            var root = TrieRoot.EmptyRoot;
            for (var block = 0; block < 6; block++)
            {
                var changes = random.Changes(model, random.Random.Next(0, 25));
                root = store.Update(root, changes);
                model.Apply(changes);
                root.ShouldBe(TrieRoot.StateRootV1(model.Entries));
                Counts(store.Nodes.Select(n => new KeyValuePair<byte[], int>(n.Key, n.Value.Count)))
                    .ShouldBe(Counts(Occurrences(store, root)));
            }
        });

    [Fact]
    public void DeletingEverything_GivesEmptyRootAndEmptyStore()
    {
        var random = new RandomState(7);
        var model = new MemoryState();
        var store = new MemoryNodeStore();
        var root = store.Update(TrieRoot.EmptyRoot, random.Changes(model, 300));
        model.Apply(random.Changes(model, 0));
        var all = new TrieStateReader(store, root).Entries().Select(e => new StateChange(e.Key, null)).ToList();
        all.ShouldNotBeEmpty();

        root = store.Update(root, all);

        root.ShouldBe(TrieRoot.EmptyRoot);
        store.Nodes.ShouldBeEmpty();
    }

    [Fact]
    public void RewritingSameValues_ChangesNothing()
    {
        var random = new RandomState(11);
        var model = new MemoryState();
        var store = new MemoryNodeStore();
        var changes = random.Changes(model, 200);
        var root = store.Update(TrieRoot.EmptyRoot, changes);
        model.Apply(changes);
        var updater = new TrieUpdater(store, root, StateVersion.V1);
        updater.Apply(model.Entries.Select(e => new StateChange(e.Key, e.Value)));

        var delta = updater.Commit();

        delta.Root.ShouldBe(root);
        delta.Changes.ShouldBeEmpty();
    }

    [Fact]
    public void MissingNode_IsReportedNotGuessed()
    {
        var store = new MemoryNodeStore();
        var root = store.Update(TrieRoot.EmptyRoot, [new("k"u8.ToArray(), new byte[40])]);
        store.Nodes.Remove(root);
        Should.Throw<InvalidTrieNodeException>(() => store.Update(root, [new("j"u8.ToArray(), [1])]));
    }

    internal static List<string> Counts(IEnumerable<KeyValuePair<byte[], int>> counts) =>
        [.. counts.Select(c => $"{Convert.ToHexString(c.Key)}×{c.Value}").Order(StringComparer.Ordinal)];

    /// <summary>Occurrences of every stored node and value node reachable from the root.</summary>
    internal static Dictionary<byte[], int> Occurrences(ITrieNodeSource store, byte[] root)
    {
        var counts = new Dictionary<byte[], int>(ByteKeyComparer.Instance);
        if (TrieRoot.IsEmptyRoot(root))
        {
            return counts;
        }

        var stack = new Stack<(byte[] Reference, bool Stored)>([(root, true)]);
        while (stack.Count > 0)
        {
            var (reference, stored) = stack.Pop();
            var encoding = reference;
            if (stored)
            {
                counts[reference] = counts.GetValueOrDefault(reference) + 1;
                encoding = store.GetNode(reference) ?? throw new InvalidOperationException("reachable node missing");
            }

            var node = NodeCodec.Decode(encoding);
            if (node.ValueIsHashed)
            {
                store.GetNode(node.Value!).ShouldNotBeNull();
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
}
