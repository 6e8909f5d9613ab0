namespace Finney.Node.Runtime;

/// <summary>
/// The runtime as the node uses it: Substrate's runtime APIs over a given state. The consensus engine's
/// view is only "build (or execute) a block on this parent state and give me its changes"; the RPC layer
/// adds version, metadata, <c>state_call</c> and transaction validation. Two implementations: the real
/// runtime's adapter and a fake for tests.
/// </summary>
public interface IRuntimeApi
{
    /// <summary>The runtime version at <paramref name="at"/> (<c>Core_version</c>).</summary>
    RuntimeVersion Version(BlockState at);

    /// <summary>The V14 metadata, with its <c>meta</c> prefix (what <c>state_getMetadata</c> serves).</summary>
    byte[] Metadata(BlockState at);

    /// <summary>Calls runtime API <paramref name="method"/> (e.g. <c>AccountNonceApi_account_nonce</c>) with SCALE arguments; changes are discarded.</summary>
    /// <exception cref="RuntimeCallException">The method does not exist or failed.</exception>
    byte[] Call(BlockState at, string method, ReadOnlySpan<byte> arguments);

    /// <summary>Validates an extrinsic for the pool as of block <paramref name="at"/> (<c>TaggedTransactionQueue_validate_transaction</c>).</summary>
    TransactionValidity Validate(BlockState at, byte[] extrinsic);

    /// <summary>
    /// Starts the block after <paramref name="parent"/>, with the wall clock at <paramref name="wallClockMilliseconds"/>: the runtime picks the timestamp and Aura slot
    /// (increasing even when blocks come faster than slots), writes the pre-runtime digest and applies the
    /// timestamp inherent.
    /// </summary>
    IBlockBuilder BeginBlock(BlockState parent, ulong wallClockMilliseconds);
}
