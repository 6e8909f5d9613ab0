using Finney.Storage.KeyValue;
using Finney.Storage.Trie;

namespace Finney.Storage.Database;

/// <summary>Trie nodes from the store's <see cref="StoreColumn.TrieNodes"/> column, through the node cache.</summary>
internal sealed class StoredNodeSource(IKeyValueStore store, NodeCache cache) : ITrieNodeSource
{
    public byte[]? GetNode(ReadOnlySpan<byte> hash)
    {
        if (cache.Get(hash) is { } cached)
        {
            return cached;
        }

        var data = store.Get(StoreColumn.TrieNodes, hash);
        if (data is not null)
        {
            cache.Add(hash.ToArray(), data);
        }

        return data;
    }
}
