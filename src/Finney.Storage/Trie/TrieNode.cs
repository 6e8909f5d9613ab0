namespace Finney.Storage.Trie;

/// <summary>
/// One decoded trie node: its partial key, its value (inline bytes or the 32-byte hash of a value node) and,
/// for a branch, sixteen child references. A child reference of 32 bytes is the hash of a stored node; a shorter
/// one is the child's whole encoding, inlined because it is shorter than a hash.
/// </summary>
internal sealed class TrieNode
{
    public TrieNode(byte[] partial, byte[]? value, bool valueIsHashed, byte[]?[]? children)
    {
        Partial = partial;
        Value = value;
        ValueIsHashed = valueIsHashed;
        Children = children;
    }

    /// <summary>The nibbles this node adds to the path (one nibble per byte).</summary>
    public byte[] Partial { get; }

    /// <summary>The inline value, the hash of the value node, or null for a branch without a value.</summary>
    public byte[]? Value { get; }

    /// <summary>True when <see cref="Value"/> is the hash of a value node.</summary>
    public bool ValueIsHashed { get; }

    /// <summary>Sixteen child references for a branch (null entries for empty slots); null for a leaf.</summary>
    public byte[]?[]? Children { get; }

    /// <summary>True when a child reference is a node hash rather than an inline encoding.</summary>
    public static bool IsHashReference(byte[] reference) => reference.Length == TrieLayout.HashLength;
}
