namespace Finney.Storage.Trie;

/// <summary>Constants of Substrate's base-16 Patricia–Merkle trie (sp-trie's <c>LayoutV0</c>/<c>LayoutV1</c>).</summary>
public static class TrieLayout
{
    /// <summary>Length of a node hash and of a hashed value: BLAKE2b-256.</summary>
    public const int HashLength = 32;

    /// <summary>In <see cref="StateVersion.V1"/>, values at least this long are stored by hash (sp-core's <c>TRIE_VALUE_NODE_THRESHOLD</c>).</summary>
    public const int HashedValueThreshold = 33;

    /// <summary>True when a value of <paramref name="length"/> bytes is stored by hash in <paramref name="version"/>.</summary>
    public static bool IsHashedValue(StateVersion version, int length) =>
        version == StateVersion.V1 && length >= HashedValueThreshold;
}
