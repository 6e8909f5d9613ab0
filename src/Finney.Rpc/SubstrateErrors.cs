namespace Finney.Rpc;

/// <summary>
/// Substrate's author, chain and state errors with its exact messages (sc-rpc-api). The node's one
/// outcome-to-error table calls these; clients such as polkadot.js show the message and <c>data</c> verbatim.
/// </summary>
public static class SubstrateErrors
{
    /// <summary>1001 "Extrinsic has invalid format: …".</summary>
    public static JsonRpcError BadFormat(string detail) => new(RpcErrorCodes.BadFormat, $"Extrinsic has invalid format: {detail}");

    /// <summary>1002 "Verification Error: …".</summary>
    public static JsonRpcError Verification(string detail) =>
        JsonRpcError.WithText(RpcErrorCodes.VerificationError, $"Verification Error: {detail}", detail);

    /// <summary>1010 "Invalid Transaction" with the reason text as data (e.g. "Transaction is outdated", "Custom error: 3").</summary>
    public static JsonRpcError InvalidTransaction(string reason) =>
        JsonRpcError.WithText(RpcErrorCodes.InvalidTransaction, "Invalid Transaction", reason);

    /// <summary>1011 "Unknown Transaction Validity" with the reason as data.</summary>
    public static JsonRpcError UnknownTransaction(string reason) =>
        JsonRpcError.WithText(RpcErrorCodes.UnknownTransaction, "Unknown Transaction Validity", reason);

    /// <summary>1012 "Transaction is temporarily banned".</summary>
    public static JsonRpcError TemporarilyBanned() => new(RpcErrorCodes.TemporarilyBanned, "Transaction is temporarily banned");

    /// <summary>1013 "Transaction Already Imported" with the hash as data.</summary>
    public static JsonRpcError AlreadyImported(string hashHex) =>
        JsonRpcError.WithText(RpcErrorCodes.AlreadyImported, "Transaction Already Imported", hashHex);

    /// <summary>1014 "Priority is too low: (old vs new)".</summary>
    public static JsonRpcError TooLowPriority(ulong old, ulong @new) =>
        JsonRpcError.WithText(
            RpcErrorCodes.TooLowPriority,
            $"Priority is too low: ({old} vs {@new})",
            "The transaction has too low priority to replace another transaction already in the pool.");

    /// <summary>1016 "Immediately Dropped".</summary>
    public static JsonRpcError ImmediatelyDropped() =>
        JsonRpcError.WithText(RpcErrorCodes.ImmediatelyDropped, "Immediately Dropped", "The transaction couldn't enter the pool because of the limit");

    /// <summary>3001: a chain method failed with a message of its own.</summary>
    public static JsonRpcError ChainOther(string message) => new(RpcErrorCodes.ChainOther, message);

    /// <summary>4002 "count exceeds maximum value. value: …, max: …".</summary>
    public static JsonRpcError InvalidCount(uint value, uint max) =>
        new(RpcErrorCodes.InvalidCount, $"count exceeds maximum value. value: {value}, max: {max}");

    /// <summary>4001: a block range that does not resolve.</summary>
    public static JsonRpcError InvalidBlockRange(string from, string to, string details) =>
        new(RpcErrorCodes.InvalidBlockRange, $"Cannot resolve a block range ['{from}' ... '{to}]. {details}");

    /// <summary>4003 "Client error: …" (runtime call failures, unknown blocks, pruned state).</summary>
    public static JsonRpcError Client(string detail) => new(RpcErrorCodes.StateClientError, $"Client error: {detail}");
}
