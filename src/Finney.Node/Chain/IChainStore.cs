using Finney.Node.Blocks;
using Finney.Storage;

namespace Finney.Node.Chain;

/// <summary>
/// The node's database as the chain uses it: one linear chain of blocks, the state after each retained
/// block, and an atomic commit that adds a block with its state changes and makes it the head. Two
/// implementations: the RocksDB database (persistent, crash-safe) and an in-memory one for tests.
/// </summary>
public interface IChainStore : IDisposable
{
    /// <summary>The last committed block, or null for an empty database.</summary>
    (uint Number, Hash256 Hash)? Head { get; }

    /// <summary>The last finalized block, or null when none is.</summary>
    (uint Number, Hash256 Hash)? Finalized { get; }

    /// <summary>A block's header, or null when unknown.</summary>
    BlockHeader? Header(Hash256 hash);

    /// <summary>A block's extrinsics, or null when unknown.</summary>
    IReadOnlyList<byte[]>? Body(Hash256 hash);

    /// <summary>The hash of block <paramref name="number"/> of the chain, or null beyond the head.</summary>
    Hash256? HashAt(uint number);

    /// <summary>The state after block <paramref name="hash"/>, or null when unknown or pruned.</summary>
    IStateReader? StateAt(Hash256 hash);

    /// <summary>
    /// The trie nodes that prove the values of <paramref name="keys"/> in the state after block
    /// <paramref name="hash"/> (<c>state_getReadProof</c>), or null when the block is unknown or its state pruned.
    /// </summary>
    IReadOnlyList<byte[]>? ReadProof(Hash256 hash, IReadOnlyList<byte[]> keys);

    /// <summary>
    /// Computes the state root after applying <paramref name="changes"/> to the state of <paramref name="parent"/>
    /// (null: the empty state, for genesis), touching only the changed paths; nothing is written.
    /// </summary>
    PreparedState Prepare(Hash256? parent, IReadOnlyList<StateChange> changes);

    /// <summary>Stores <paramref name="block"/> and its prepared state in one atomic, synced write and makes it the head (and finalized).</summary>
    /// <exception cref="InvalidOperationException">The block does not extend the head, or the state was prepared on another parent.</exception>
    void Commit(Block block, Hash256 hash, PreparedState state, bool finalize);

    /// <summary>Marks a committed block as finalized.</summary>
    void SetFinalized(Hash256 hash);
}
