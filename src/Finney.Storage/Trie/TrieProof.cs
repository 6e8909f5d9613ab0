using Finney.Primitives.Hashing;

namespace Finney.Storage.Trie;

/// <summary>
/// Read proofs as Substrate's <c>state_getReadProof</c> serves them: the encoded trie nodes (and hashed values)
/// that reading some keys from a state root touches. Anyone holding the root can replay the reads from the proof
/// alone (<see cref="Read"/>), which is how light clients trust a value without the state.
/// </summary>
public static class TrieProof
{
    /// <summary>The nodes touched by reading <paramref name="keys"/> from the trie of <paramref name="root"/>, each once, root first.</summary>
    /// <exception cref="InvalidTrieNodeException">A node on a path is missing (the state was pruned) or malformed.</exception>
    public static IReadOnlyList<byte[]> Record(ITrieNodeSource source, ReadOnlySpan<byte> root, IEnumerable<byte[]> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var recorder = new RecordingSource(source);
        var reader = new TrieStateReader(recorder, root);
        foreach (var key in keys)
        {
            reader.Get(key);
        }

        return recorder.Nodes;
    }

    /// <summary>The value of <paramref name="key"/> under <paramref name="root"/>, read from <paramref name="proof"/> only.</summary>
    /// <exception cref="InvalidTrieNodeException">The proof lacks a node the read needs, or holds a malformed one.</exception>
    public static byte[]? Read(ReadOnlySpan<byte> root, IEnumerable<byte[]> proof, ReadOnlySpan<byte> key)
    {
        ArgumentNullException.ThrowIfNull(proof);
        var nodes = new ProofSource();
        foreach (var node in proof)
        {
            nodes.Add(node);
        }

        return new TrieStateReader(nodes, root).Get(key);
    }

    private sealed class RecordingSource(ITrieNodeSource inner) : ITrieNodeSource
    {
        private readonly HashSet<byte[]> _seen = new(ByteKeyComparer.Instance);

        public List<byte[]> Nodes { get; } = [];

        public byte[]? GetNode(ReadOnlySpan<byte> hash)
        {
            var node = inner.GetNode(hash);
            if (node is not null && _seen.Add(hash.ToArray()))
            {
                Nodes.Add(node);
            }

            return node;
        }
    }

    private sealed class ProofSource : ITrieNodeSource
    {
        private readonly Dictionary<byte[], byte[]> _nodes = new(ByteKeyComparer.Instance);

        public void Add(byte[] node) => _nodes[Blake2b.Hash256(node)] = node;

        public byte[]? GetNode(ReadOnlySpan<byte> hash) =>
            _nodes.GetAlternateLookup<ReadOnlySpan<byte>>().TryGetValue(hash, out var node) ? node : null;
    }
}
