using Finney.Primitives.Hashing;
using Finney.Storage.KeyValue;
using Finney.Storage.Trie;

namespace Finney.Storage.Database;

/// <summary>Trie nodes from the store's <see cref="StoreColumn.TrieNodes"/> column, through the node cache.</summary>
internal sealed class StoredNodeSource(IKeyValueStore store, NodeCache cache) : ITrieNodeSource
{
    /// <exception cref="InvalidTrieNodeException">The stored bytes do not hash to their key (the database is corrupt).</exception>
    public byte[]? GetNode(ReadOnlySpan<byte> hash)
    {
        if (cache.Get(hash) is { } cached)
        {
            return cached;
        }

        var data = store.Get(StoreColumn.TrieNodes, hash);
        if (data is null)
        {
            return null;
        }

        // A flipped byte would otherwise become a wrong value or a wrong root; hashing on a cache miss costs about
        // a microsecond per node, small beside the disk read that precedes it.
        if (!Blake2b.Hash256(data).AsSpan().SequenceEqual(hash))
        {
            throw new InvalidTrieNodeException($"Stored trie node {Convert.ToHexStringLower(hash)} does not hash to its key: the database is corrupt.");
        }

        cache.Add(hash.ToArray(), data);
        return data;
    }
}
