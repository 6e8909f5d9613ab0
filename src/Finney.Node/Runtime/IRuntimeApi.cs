using Finney.Node.Blocks;
using Finney.Storage;

namespace Finney.Node.Runtime;

/// <summary>
/// The runtime as the node uses it: Substrate's runtime APIs over a given state. The consensus engine's
/// view is only "build (or execute) a block on this parent state and give me its changes"; the RPC layer
/// adds version, metadata, <c>state_call</c> and transaction validation. Two implementations: the real
/// runtime's adapter and a fake for tests.
/// </summary>
public interface IRuntimeApi
{
    /// <summary>The runtime version at <paramref name="state"/> (<c>Core_version</c>).</summary>
    RuntimeVersion Version(IStateReader state);

    /// <summary>The V14 metadata, with its <c>meta</c> prefix (what <c>state_getMetadata</c> serves).</summary>
    byte[] Metadata(IStateReader state);

    /// <summary>Calls runtime API <paramref name="method"/> (e.g. <c>AccountNonceApi_account_nonce</c>) with SCALE arguments; changes are discarded.</summary>
    /// <exception cref="RuntimeCallException">The method does not exist or failed.</exception>
    byte[] Call(IStateReader state, string method, ReadOnlySpan<byte> arguments);

    /// <summary>Validates an extrinsic for the pool as of block <paramref name="blockHash"/> (<c>TaggedTransactionQueue_validate_transaction</c>).</summary>
    TransactionValidity Validate(IStateReader state, Hash256 blockHash, ReadOnlySpan<byte> extrinsic);

    /// <summary>
    /// Starts the block after <paramref name="parentNumber"/>/<paramref name="parentHash"/> on its state, with the
    /// wall clock at <paramref name="wallClockMilliseconds"/>: the runtime picks the timestamp and Aura slot
    /// (increasing even when blocks come faster than slots), writes the pre-runtime digest and applies the
    /// timestamp inherent.
    /// </summary>
    IBlockBuilder BeginBlock(IStateReader parentState, uint parentNumber, Hash256 parentHash, ulong wallClockMilliseconds);
}
