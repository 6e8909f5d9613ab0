namespace Finney.Storage.Trie;

/// <summary>
/// Substrate's trie layouts. They differ in one rule only: where a value is kept. V0 keeps every value inside
/// its node; V1 keeps a value of <see cref="TrieLayout.HashedValueThreshold"/> bytes or more as its own node
/// and puts only the value's BLAKE2b-256 hash in the trie node (the "hashed value" node kinds).
/// </summary>
public enum StateVersion
{
    /// <summary>Every value inline. The extrinsics root uses this layout.</summary>
    V0 = 0,

    /// <summary>Values of 33 bytes or more stored by hash. Subtensor's state (<c>state_version = 1</c>) uses this layout.</summary>
    V1 = 1,
}
