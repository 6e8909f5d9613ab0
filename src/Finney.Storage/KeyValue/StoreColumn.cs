namespace Finney.Storage.KeyValue;

/// <summary>
/// The node database's key spaces (RocksDB column families). Layouts are in docs/storage.md; numbers are
/// big-endian where keys must sort by number.
/// </summary>
public enum StoreColumn
{
    /// <summary>Schema version, head and finalized pointers, pruning mode and cursor.</summary>
    Meta,

    /// <summary>Block hash → header bytes (opaque to storage).</summary>
    Headers,

    /// <summary>Block hash → SCALE <c>Vec&lt;Vec&lt;u8&gt;&gt;</c> of the block's extrinsics.</summary>
    Bodies,

    /// <summary>Block hash → justification bytes (opaque).</summary>
    Justifications,

    /// <summary>Block hash → number (u32 LE), parent hash, state root.</summary>
    BlockIndex,

    /// <summary>Block number (u32 BE) → hash of the canonical block at that height.</summary>
    Canonical,

    /// <summary>Node hash → encoded trie node, or hashed value (BLAKE2b-256 of the bytes is the key).</summary>
    TrieNodes,

    /// <summary>Node hash → reference count (u32 LE) of the entry in <see cref="TrieNodes"/>.</summary>
    TrieRefs,

    /// <summary>Block number (u32 BE) → nodes that block's commit released, applied when the block before it leaves the window.</summary>
    TrieJournal,

    /// <summary>Storage key → value of the latest committed state (the head), for fast reads and iteration.</summary>
    FlatState,
}
