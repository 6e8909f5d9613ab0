using Finney.Storage.Trie;

namespace Finney.Storage.Tests.Trie;

/// <summary>A node store for updater tests: applies deltas with reference counts, releases immediately.</summary>
internal sealed class MemoryNodeStore : ITrieNodeSource
{
    public Dictionary<byte[], (byte[] Data, int Count)> Nodes { get; } = new(ByteKeyComparer.Instance);

    public byte[]? GetNode(ReadOnlySpan<byte> hash) =>
        Nodes.GetAlternateLookup<ReadOnlySpan<byte>>().TryGetValue(hash, out var entry) ? entry.Data : null;

    public byte[] Update(byte[] root, IEnumerable<StateChange> changes)
    {
        var updater = new TrieUpdater(this, root, StateVersion.V1);
        updater.Apply(changes);
        var delta = updater.Commit();
        foreach (var (hash, change) in delta.Changes)
        {
            var count = (Nodes.TryGetValue(hash, out var entry) ? entry.Count : 0) + change.Added - change.Removed;
            count.ShouldBeGreaterThanOrEqualTo(0);
            if (count == 0)
            {
                Nodes.Remove(hash);
            }
            else
            {
                Nodes[hash] = (entry.Data ?? change.Data ?? throw new InvalidOperationException("new node without data"), count);
            }
        }

        return delta.Root;
    }
}
