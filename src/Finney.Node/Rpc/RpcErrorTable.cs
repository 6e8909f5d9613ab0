using Finney.Node.Blocks;
using Finney.Node.Runtime;
using Finney.Node.TxPool;
using Finney.Rpc;

namespace Finney.Node.Rpc;

/// <summary>
/// The one table from the node's outcomes to JSON-RPC errors: pool admission results, runtime call
/// failures and unknown blocks, with Substrate's codes and texts.
/// </summary>
public static class RpcErrorTable
{
    /// <summary>The error for a rejected submission (null when it was accepted).</summary>
    public static JsonRpcError? For(AcceptTxResult result, Hash256 hash) => result.Outcome switch
    {
        AcceptTxOutcome.Ready or AcceptTxOutcome.Future => null,
        AcceptTxOutcome.AlreadyKnown => SubstrateErrors.AlreadyImported(hash.ToHex()),
        AcceptTxOutcome.TemporarilyBanned => SubstrateErrors.TemporarilyBanned(),
        AcceptTxOutcome.Malformed => SubstrateErrors.BadFormat(result.Detail ?? "could not decode"),
        AcceptTxOutcome.Invalid => SubstrateErrors.InvalidTransaction(result.Validity?.Reason ?? result.Detail ?? ""),
        AcceptTxOutcome.UnknownValidity => SubstrateErrors.UnknownTransaction(result.Validity?.Reason ?? result.Detail ?? ""),
        AcceptTxOutcome.TooLowPriority => SubstrateErrors.TooLowPriority(result.OldPriority, result.NewPriority),
        AcceptTxOutcome.ImmediatelyDropped => SubstrateErrors.ImmediatelyDropped(),
        _ => JsonRpcError.InternalError($"unmapped pool outcome {result.Outcome}"),
    };

    /// <summary>A failed runtime call, as Substrate words it (the Python SDK looks for "Exported method … is not found").</summary>
    public static JsonRpcError For(RuntimeCallException exception) => SubstrateErrors.Client(exception.Message);

    /// <summary>A block hash the node does not know (or whose state is pruned).</summary>
    public static JsonRpcError UnknownBlock(Hash256 hash) => SubstrateErrors.Client($"UnknownBlock: State already discarded for {hash.ToHex()}");
}
