using Finney.Storage.Trie;

namespace Finney.Storage.Database;

/// <summary>
/// The node's database: one linear chain of blocks and the state after each, with the state root kept as
/// Substrate's trie (state version 1). A block and its state are committed in one atomic, synced write, so after
/// a crash the database reopens at the last committed block with that block's state.
/// </summary>
/// <remarks>
/// One thread commits; any number may read. The head's state is read from a flat copy; the state of an older
/// retained block is read through its trie. See docs/storage.md.
/// </remarks>
public interface IStateDatabase : IDisposable
{
    /// <summary>The settings the database runs with.</summary>
    StateDatabaseOptions Options { get; }

    /// <summary>The last committed block (the best block, since the chain is linear); null before genesis.</summary>
    BlockInfo? Head { get; }

    /// <summary>The last finalized block; null before anything is finalized.</summary>
    BlockInfo? Finalized { get; }

    /// <summary>The oldest block whose state is still readable; null before genesis.</summary>
    uint? OldestState { get; }

    /// <summary>Stored trie nodes and value nodes by hash: what a state download asks peers for.</summary>
    ITrieNodeSource TrieNodes { get; }

    /// <summary>The hash of the block at <paramref name="number"/>, or null.</summary>
    byte[]? BlockHash(uint number);

    /// <summary>Number, parent and state root of a stored block, or null.</summary>
    BlockInfo? Block(ReadOnlySpan<byte> hash);

    /// <summary>The header bytes of a stored block, or null.</summary>
    byte[]? Header(ReadOnlySpan<byte> hash);

    /// <summary>The extrinsics of a stored block, or null.</summary>
    IReadOnlyList<byte[]>? Body(ReadOnlySpan<byte> hash);

    /// <summary>The justification stored with a block, or null.</summary>
    byte[]? Justification(ReadOnlySpan<byte> hash);

    /// <summary>
    /// The state after block <paramref name="hash"/>, or null when the block is unknown or its state was pruned.
    /// A reader of a block whose state is pruned later fails with <see cref="InvalidTrieNodeException"/>.
    /// </summary>
    IStateReader? StateAt(ReadOnlySpan<byte> hash);

    /// <summary>
    /// The read proof of <paramref name="keys"/> in the state after block <paramref name="hash"/> (the trie nodes the
    /// reads touch, see <see cref="TrieProof"/>), or null when the block is unknown or its state is pruned.
    /// </summary>
    IReadOnlyList<byte[]>? ReadProof(ReadOnlySpan<byte> hash, IEnumerable<byte[]> keys);

    /// <summary>
    /// Computes the state root after applying <paramref name="changes"/> to the state of block
    /// <paramref name="parentHash"/> (empty for genesis), touching only the changed paths. Nothing is written.
    /// </summary>
    /// <exception cref="ArgumentException">The parent is unknown or its state is pruned.</exception>
    StateUpdate PrepareUpdate(ReadOnlySpan<byte> parentHash, IEnumerable<StateChange> changes);

    /// <summary>
    /// Writes a block and its state as the new head in one synced batch, optionally marking it finalized, and
    /// deletes nodes of states that left the pruning window.
    /// </summary>
    /// <exception cref="InvalidOperationException">The block does not extend the head, or the update was prepared on another parent.</exception>
    void Commit(BlockData block, StateUpdate update, bool finalize = false);

    /// <summary>Marks a committed block (at or after the current finalized one) as finalized.</summary>
    void SetFinalized(ReadOnlySpan<byte> hash);

    /// <summary>Stores a justification for a committed block.</summary>
    void SetJustification(ReadOnlySpan<byte> hash, byte[] justification);

    /// <summary>
    /// Starts an empty database at a block whose state was downloaded node by node (warp sync): writes the nodes,
    /// rebuilds the flat state, and commits the block as head and finalized.
    /// </summary>
    /// <exception cref="InvalidOperationException">The database is not empty or the download is incomplete.</exception>
    void ImportState(BlockData block, StateDownload download);

    /// <summary>
    /// Starts an empty database at a block whose state was received as key ranges and checked against its root:
    /// writes the rebuilt trie and the flat state, and commits the block as head and finalized.
    /// </summary>
    /// <exception cref="InvalidOperationException">The database is not empty or the import is incomplete.</exception>
    void ImportState(BlockData block, StateChunkImport import);
}
