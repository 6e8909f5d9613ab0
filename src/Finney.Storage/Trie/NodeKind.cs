namespace Finney.Storage.Trie;

/// <summary>The five non-empty node kinds of sp-trie's codec, as the type bits of the node header.</summary>
internal enum NodeKind
{
    /// <summary><c>01</c> + 6-bit nibble count: a leaf with its value inline.</summary>
    Leaf,

    /// <summary><c>10</c> + 6-bit nibble count: a branch without a value.</summary>
    BranchNoValue,

    /// <summary><c>11</c> + 6-bit nibble count: a branch with its value inline.</summary>
    BranchWithValue,

    /// <summary><c>001</c> + 5-bit nibble count: a leaf whose value is stored by hash (V1 only).</summary>
    HashedValueLeaf,

    /// <summary><c>0001</c> + 4-bit nibble count: a branch whose value is stored by hash (V1 only).</summary>
    HashedValueBranch,
}
