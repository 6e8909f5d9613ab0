using Finney.Node.Blocks;
using Finney.Runtime;
using Finney.Runtime.Kernel;
using RuntimeBlocks = Finney.Runtime.Blocks;
using RuntimeValidity = Finney.Runtime.Extrinsics;

namespace Finney.Node.Runtime;

/// <summary>
/// The node's runtime seam over the Finney runtime façade (<see cref="FinneyRuntime"/>): block building with
/// the runtime's timestamp, slot and inherent; validation; <c>state_call</c>; version and metadata. Converts
/// the runtime's header, digest and validity types to the node's.
/// </summary>
public sealed class FinneyRuntimeApi(FinneyRuntime runtime) : IRuntimeApi
{
    /// <summary>The façade.</summary>
    public FinneyRuntime Runtime => runtime;

    /// <inheritdoc />
    public RuntimeVersion Version(BlockState at) => RuntimeVersion.Decode(runtime.Version.Encode());

    /// <inheritdoc />
    public byte[] Metadata(BlockState at) => runtime.MetadataV14;

    /// <inheritdoc />
    public byte[] Call(BlockState at, string method, ReadOnlySpan<byte> arguments)
    {
        var result = runtime.Call(at.State, Ref(at), method, arguments);
        return result.Output ?? throw new RuntimeCallException(
            result.Error is { } error && error.StartsWith("Exported method", StringComparison.Ordinal) ? $"Execution failed: Other: {error}" : result.Error ?? "runtime call failed");
    }

    /// <inheritdoc />
    public TransactionValidity Validate(BlockState at, byte[] extrinsic)
    {
        var check = runtime.ValidateTransaction(at.State, Ref(at), extrinsic);
        if (check.Valid is { } valid)
        {
            return TransactionValidity.Ok(new ValidTransaction(valid.Priority, valid.Requires, valid.Provides, valid.Longevity, valid.Propagate));
        }

        // Bytes that are not an extrinsic were already refused by the pool's envelope check; the runtime's
        // stricter decoder calls them an unexpected call.
        return TransactionValidity.Fail(check.Error is { } error ? Convert(error) : TransactionValidityError.Invalid(InvalidTransactionKind.Call));
    }

    /// <inheritdoc />
    public IBlockBuilder BeginBlock(BlockState parent, ulong wallClockMilliseconds)
    {
        var timestamp = runtime.NextTimestamp(parent.State, wallClockMilliseconds);
        try
        {
            return new Builder(runtime.BuildBlock(parent.State, Ref(parent), timestamp));
        }
        catch (InvalidBlockException e)
        {
            throw new RuntimeCallException($"cannot start block #{parent.Number + 1}: {e.Message}", e);
        }
    }

    private static BlockRef Ref(BlockState at) => new(at.Number, at.Hash.ToArray());

    private static TransactionValidityError Convert(RuntimeValidity.TransactionValidityError error) => new(error.IsUnknown, error.Reason, error.CustomCode);

    private static BlockHeader Convert(RuntimeBlocks.Header header) => new(
        new Hash256(header.ParentHash),
        header.Number,
        new Hash256(header.StateRoot),
        new Hash256(header.ExtrinsicsRoot),
        [.. header.Digest.Select(d => new DigestItem((DigestItemKind)d.Kind, d.Engine, d.Data))]);

    private sealed class Builder(BlockBuilder builder) : IBlockBuilder
    {
        public ApplyOutcome Apply(byte[] extrinsic)
        {
            var outcome = builder.Apply(extrinsic);
            if (outcome.IsIncluded)
            {
                return ApplyOutcome.Applied;
            }

            return ApplyOutcome.Rejected(outcome.Result.Invalid is { } invalid ? Convert(invalid) : TransactionValidityError.Invalid(InvalidTransactionKind.Call));
        }

        public BuiltBlock Finish()
        {
            try
            {
                var built = builder.Finish();
                return new BuiltBlock(Convert(built.Header), built.Extrinsics, built.Changes);
            }
            catch (InvalidBlockException e)
            {
                throw new RuntimeCallException($"cannot finish block #{builder.Number}: {e.Message}", e);
            }
        }
    }
}
