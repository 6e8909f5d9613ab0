namespace Finney.Storage.Trie;

/// <summary>
/// What one trie update did to the node store: the new root, the nodes (and value nodes) it created, and the
/// node instances it released from the previous version. Counts are per occurrence, because identical nodes can
/// appear more than once in a trie and share one stored copy.
/// </summary>
internal sealed class TrieDelta
{
    public TrieDelta(byte[] root, Dictionary<byte[], NodeChange> changes)
    {
        Root = root;
        Changes = changes;
    }

    /// <summary>The new root hash.</summary>
    public byte[] Root { get; }

    /// <summary>Per node hash: how many occurrences were added (with the node's bytes) and removed.</summary>
    public Dictionary<byte[], NodeChange> Changes { get; }
}

/// <summary>Added and removed occurrences of one stored node; <see cref="Data"/> is set when any were added.</summary>
internal sealed class NodeChange
{
    public byte[]? Data { get; set; }

    public int Added { get; set; }

    public int Removed { get; set; }
}
