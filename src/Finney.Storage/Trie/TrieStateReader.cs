namespace Finney.Storage.Trie;

/// <summary>
/// Reads one version of the state straight from its trie: from the root hash down through stored nodes. This is
/// how the state of an older block is read (the latest state also has a flat copy); a proof of a read is the list
/// of nodes this walk touches.
/// </summary>
public sealed class TrieStateReader : IStateReader
{
    private readonly ITrieNodeSource _source;
    private readonly byte[] _root;

    /// <summary>A reader of the trie with root <paramref name="root"/> whose nodes come from <paramref name="source"/>.</summary>
    public TrieStateReader(ITrieNodeSource source, ReadOnlySpan<byte> root)
    {
        _source = source;
        _root = root.ToArray();
    }

    /// <summary>The root hash this reader reads.</summary>
    public byte[] Root => (byte[])_root.Clone();

    /// <inheritdoc />
    /// <exception cref="InvalidTrieNodeException">A node on the path is missing (pruned) or malformed.</exception>
    public byte[]? Get(ReadOnlySpan<byte> key)
    {
        if (TrieRoot.IsEmptyRoot(_root))
        {
            return null;
        }

        var path = Nibbles.FromKey(key);
        var node = Load(_root, isRoot: true);
        var depth = 0;
        while (true)
        {
            if (!path.AsSpan(depth).StartsWith(node.Partial))
            {
                return null;
            }

            depth += node.Partial.Length;
            if (depth == path.Length)
            {
                return ValueOf(node);
            }

            var child = node.Children?[path[depth]];
            if (child is null)
            {
                return null;
            }

            node = Load(child);
            depth++;
        }
    }

    /// <inheritdoc />
    /// <exception cref="InvalidTrieNodeException">A node on the path is missing (pruned) or malformed.</exception>
    public byte[]? NextKey(ReadOnlySpan<byte> key)
    {
        if (TrieRoot.IsEmptyRoot(_root))
        {
            return null;
        }

        var target = Nibbles.FromKey(key);
        var path = new List<byte>(target.Length + 8);
        var found = Next(Load(_root, isRoot: true), path, target);
        return found is null ? null : Nibbles.ToKey(found);
    }

    /// <summary>Every entry in key order (a full export; values of hashed-value nodes are fetched).</summary>
    public IEnumerable<KeyValuePair<byte[], byte[]>> Entries()
    {
        if (TrieRoot.IsEmptyRoot(_root))
        {
            yield break;
        }

        var stack = new Stack<(TrieNode Node, byte[] Prefix)>();
        stack.Push((Load(_root, isRoot: true), []));
        while (stack.Count > 0)
        {
            var (node, prefix) = stack.Pop();
            byte[] path = [.. prefix, .. node.Partial];
            if (node.Value is not null)
            {
                yield return new(Nibbles.ToKey(path), ValueOf(node)!);
            }

            if (node.Children is not null)
            {
                for (var i = 15; i >= 0; i--)
                {
                    if (node.Children[i] is { } child)
                    {
                        stack.Push((Load(child), [.. path, (byte)i]));
                    }
                }
            }
        }
    }

    // Smallest key in the subtree of `node` (whose partial starts after `path`) that is strictly greater than `target`.
    private byte[]? Next(TrieNode node, List<byte> path, byte[] target)
    {
        var start = path.Count;
        path.AddRange(node.Partial);
        try
        {
            var compared = CompareWithTarget(path, target, out var isPrefixOfTarget);
            if (compared > 0)
            {
                return Smallest(node, path);
            }

            if (compared < 0)
            {
                return null;
            }

            if (!isPrefixOfTarget)
            {
                // The target ends inside this node's path: every key below is an extension of it, so greater.
                return Smallest(node, path);
            }

            if (node.Children is null)
            {
                return null;
            }

            // This node's own key is the target itself (or a prefix of it): never strictly greater.
            var from = 0;
            if (path.Count < target.Length)
            {
                var nibble = target[path.Count];
                if (node.Children[nibble] is { } child)
                {
                    path.Add(nibble);
                    var inChild = Next(Load(child), path, target);
                    path.RemoveAt(path.Count - 1);
                    if (inChild is not null)
                    {
                        return inChild;
                    }
                }

                from = nibble + 1;
            }

            for (var i = from; i < 16; i++)
            {
                if (node.Children[i] is { } sibling)
                {
                    path.Add((byte)i);
                    var smallest = SmallestBelow(Load(sibling), path);
                    path.RemoveAt(path.Count - 1);
                    return smallest;
                }
            }

            return null;
        }
        finally
        {
            path.RemoveRange(start, path.Count - start);
        }
    }

    // Compares `path` with the same-length prefix of `target`; equal prefixes report whether path covers ≤ target.
    private static int CompareWithTarget(List<byte> path, byte[] target, out bool isPrefixOfTarget)
    {
        var n = Math.Min(path.Count, target.Length);
        for (var i = 0; i < n; i++)
        {
            if (path[i] != target[i])
            {
                isPrefixOfTarget = false;
                return path[i] < target[i] ? -1 : 1;
            }
        }

        isPrefixOfTarget = path.Count <= target.Length;
        return 0;
    }

    private byte[]? Smallest(TrieNode node, List<byte> path)
    {
        if (node.Value is not null)
        {
            return [.. path];
        }

        for (var i = 0; i < 16; i++)
        {
            if (node.Children?[i] is { } child)
            {
                path.Add((byte)i);
                var result = SmallestBelow(Load(child), path);
                path.RemoveAt(path.Count - 1);
                return result;
            }
        }

        return null;
    }

    private byte[]? SmallestBelow(TrieNode node, List<byte> path)
    {
        var start = path.Count;
        path.AddRange(node.Partial);
        var result = Smallest(node, path);
        path.RemoveRange(start, path.Count - start);
        return result;
    }

    private byte[]? ValueOf(TrieNode node)
    {
        if (node.Value is null || !node.ValueIsHashed)
        {
            return node.Value;
        }

        return _source.GetNode(node.Value)
            ?? throw new InvalidTrieNodeException($"Value node {Convert.ToHexStringLower(node.Value)} is missing from the store.");
    }

    private TrieNode Load(byte[] reference, bool isRoot = false)
    {
        if (!isRoot && !TrieNode.IsHashReference(reference))
        {
            return NodeCodec.Decode(reference);
        }

        var encoding = _source.GetNode(reference)
            ?? throw new InvalidTrieNodeException($"Trie node {Convert.ToHexStringLower(reference)} is missing from the store (pruned?).");
        return NodeCodec.Decode(encoding);
    }
}
