using Finney.Primitives.Hashing;

namespace Finney.Storage.Trie;

/// <summary>
/// A state being downloaded node by node from peers and checked against a trusted state root (warp sync).
/// Starting from the root hash, each received node must hash to a node still wanted; its children and hashed
/// values become wanted in turn. A peer that sends anything else is caught at once. When nothing is wanted the
/// download is the whole state, and the database imports it with <c>IStateDatabase.ImportState</c>.
/// </summary>
public sealed class StateDownload : ITrieNodeSource
{
    private readonly Dictionary<byte[], byte[]> _received = new(ByteKeyComparer.Instance);
    private readonly Dictionary<byte[], bool> _wanted = new(ByteKeyComparer.Instance);
    private readonly Queue<byte[]> _order = new();
    private readonly byte[] _root;

    /// <summary>Starts downloading the state whose root is <paramref name="root"/>.</summary>
    public StateDownload(ReadOnlySpan<byte> root)
    {
        if (root.Length != TrieLayout.HashLength)
        {
            throw new ArgumentException("A state root is 32 bytes.", nameof(root));
        }

        _root = root.ToArray();
        if (!TrieRoot.IsEmptyRoot(root))
        {
            Want(_root, isValue: false);
        }
    }

    /// <summary>The state root being downloaded.</summary>
    public byte[] Root => (byte[])_root.Clone();

    /// <summary>True when every node reachable from the root has been received.</summary>
    public bool IsComplete => _wanted.Count == 0;

    /// <summary>Number of nodes and value nodes received.</summary>
    public int ReceivedCount => _received.Count;

    /// <summary>Up to <paramref name="max"/> hashes still wanted, breadth-first: the next request to send.</summary>
    public IReadOnlyList<byte[]> Missing(int max)
    {
        var result = new List<byte[]>(Math.Min(max, _wanted.Count));
        while (_order.Count > 0 && !_wanted.ContainsKey(_order.Peek()))
        {
            _order.Dequeue();
        }

        foreach (var hash in _order)
        {
            if (result.Count == max)
            {
                break;
            }

            if (_wanted.ContainsKey(hash))
            {
                result.Add(hash);
            }
        }

        return result;
    }

    /// <summary>Adds received nodes (in any order); each must be one of the wanted nodes.</summary>
    /// <returns>How many were new.</returns>
    /// <exception cref="InvalidTrieNodeException">A node is not wanted (its hash matches nothing asked for) or is malformed.</exception>
    public int Add(IEnumerable<byte[]> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var added = 0;
        foreach (var data in nodes)
        {
            var hash = Blake2b.Hash256(data);
            if (_received.ContainsKey(hash))
            {
                continue;
            }

            if (!_wanted.Remove(hash, out var isValue))
            {
                throw new InvalidTrieNodeException($"Received node {Convert.ToHexStringLower(hash)} was not asked for: it is not part of the state being downloaded.");
            }

            if (!isValue)
            {
                WantReferences(NodeCodec.Decode(data));
            }

            _received[hash] = data;
            added++;
        }

        return added;
    }

    /// <inheritdoc />
    public byte[]? GetNode(ReadOnlySpan<byte> hash) =>
        _received.GetAlternateLookup<ReadOnlySpan<byte>>().TryGetValue(hash, out var data) ? data : null;

    private void WantReferences(TrieNode node)
    {
        if (node.ValueIsHashed)
        {
            Want(node.Value!, isValue: true);
        }

        if (node.Children is null)
        {
            return;
        }

        foreach (var child in node.Children)
        {
            if (child is null)
            {
                continue;
            }

            if (TrieNode.IsHashReference(child))
            {
                Want(child, isValue: false);
            }
            else
            {
                WantReferences(NodeCodec.Decode(child));
            }
        }
    }

    private void Want(byte[] hash, bool isValue)
    {
        if (!_received.ContainsKey(hash) && _wanted.TryAdd(hash, isValue))
        {
            _order.Enqueue(hash);
        }
    }
}
