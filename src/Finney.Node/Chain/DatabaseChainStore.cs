using Finney.Node.Blocks;
using Finney.Storage;
using Finney.Storage.Database;

namespace Finney.Node.Chain;

/// <summary>
/// <see cref="IChainStore"/> over the storage layer's <see cref="IStateDatabase"/>: on RocksDB for the node
/// (opened by the node host), in memory for tests. Headers are stored as their SCALE bytes, so the block hash
/// recomputed from a stored header is the hash it was committed under.
/// </summary>
public sealed class DatabaseChainStore(IStateDatabase database) : IChainStore
{
    /// <summary>The database underneath (for state proofs and sync).</summary>
    public IStateDatabase Database => database;

    /// <inheritdoc />
    public (uint Number, Hash256 Hash)? Head => database.Head is { } head ? (head.Number, new Hash256(head.Hash)) : null;

    /// <inheritdoc />
    public (uint Number, Hash256 Hash)? Finalized => database.Finalized is { } block ? (block.Number, new Hash256(block.Hash)) : null;

    /// <inheritdoc />
    /// <exception cref="Primitives.Scale.ScaleFormatException">The stored header bytes are not a header (the database is corrupt).</exception>
    public BlockHeader? Header(Hash256 hash) => database.Header(hash.ToArray()) is { } bytes ? BlockHeader.Decode(bytes) : null;

    /// <inheritdoc />
    public IReadOnlyList<byte[]>? Body(Hash256 hash) => database.Body(hash.ToArray());

    /// <inheritdoc />
    public Hash256? HashAt(uint number) => database.BlockHash(number) is { } hash ? new Hash256(hash) : null;

    /// <inheritdoc />
    public IStateReader? StateAt(Hash256 hash) => database.StateAt(hash.ToArray());

    /// <inheritdoc />
    public IReadOnlyList<byte[]>? ReadProof(Hash256 hash, IReadOnlyList<byte[]> keys) => database.ReadProof(hash.ToArray(), keys);

    /// <inheritdoc />
    public PreparedState Prepare(Hash256? parent, IReadOnlyList<StateChange> changes)
    {
        var update = database.PrepareUpdate(parent is { } parentHash ? parentHash.ToArray() : [], changes);
        return new PreparedState(parent, new Hash256(update.Root), changes, update);
    }

    /// <inheritdoc />
    public void Commit(Block block, Hash256 hash, PreparedState state, bool finalize)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(state);
        if (state.StoreData is not StateUpdate update)
        {
            throw new InvalidOperationException("The state was not prepared by this store.");
        }

        if (!update.Root.AsSpan().SequenceEqual(block.Header.StateRoot.ToArray()))
        {
            throw new InvalidOperationException($"Block #{block.Header.Number} names state root {block.Header.StateRoot.ToHex()}, but its prepared state has root 0x{Convert.ToHexStringLower(update.Root)}.");
        }

        var header = block.Header;
        var data = new BlockData(header.Number, hash.ToArray(), header.ParentHash.ToArray(), header.Encode(), block.Extrinsics);
        database.Commit(data, update, finalize);
    }

    /// <inheritdoc />
    public void SetFinalized(Hash256 hash) => database.SetFinalized(hash.ToArray());

    /// <inheritdoc />
    public void Dispose() => database.Dispose();
}
