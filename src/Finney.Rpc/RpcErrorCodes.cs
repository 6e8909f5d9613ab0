namespace Finney.Rpc;

/// <summary>
/// Every JSON-RPC error code the node answers with: the JSON-RPC 2.0 codes, jsonrpsee's server limits and
/// Substrate's per-family bases (author 1000, system 2000, chain 3000, state 4000). Clients print and
/// sometimes parse these numbers, so they are Substrate's exactly.
/// </summary>
public static class RpcErrorCodes
{
    /// <summary>The request is not valid JSON.</summary>
    public const int ParseError = -32700;

    /// <summary>The JSON is not a valid request object (no method, wrong jsonrpc version, empty batch).</summary>
    public const int InvalidRequest = -32600;

    /// <summary>No such method (or a subscription method over HTTP).</summary>
    public const int MethodNotFound = -32601;

    /// <summary>The parameters do not fit the method.</summary>
    public const int InvalidParams = -32602;

    /// <summary>A bug or an I/O failure inside the node.</summary>
    public const int InternalError = -32603;

    /// <summary>A call failed for a reason of its own (jsonrpsee's generic server error, used for timeouts).</summary>
    public const int CallExecutionFailed = -32000;

    /// <summary>The connection already holds the maximum number of subscriptions.</summary>
    public const int TooManySubscriptions = -32006;

    /// <summary>The request (frame or HTTP body) exceeds the maximum request size.</summary>
    public const int OversizedRequest = -32007;

    /// <summary>The response would exceed the maximum response size.</summary>
    public const int OversizedResponse = -32008;

    /// <summary>The server is at a limit (connections, in-flight requests); retry later.</summary>
    public const int ServerIsBusy = -32009;

    /// <summary>A batch has more requests than allowed.</summary>
    public const int TooBigBatchRequest = -32010;

    /// <summary>Extrinsic bytes do not decode (author base 1000 + 1).</summary>
    public const int BadFormat = 1001;

    /// <summary>The runtime failed while verifying the extrinsic (1002).</summary>
    public const int VerificationError = 1002;

    /// <summary>The runtime declared the transaction invalid; <c>data</c> carries the reason (1010).</summary>
    public const int InvalidTransaction = 1010;

    /// <summary>The runtime could not determine validity (1011).</summary>
    public const int UnknownTransaction = 1011;

    /// <summary>The transaction was recently removed from the pool and is banned for a while (1012).</summary>
    public const int TemporarilyBanned = 1012;

    /// <summary>The same transaction is already in the pool (1013).</summary>
    public const int AlreadyImported = 1013;

    /// <summary>A transaction with the same sender and nonce has a priority at least as high (1014).</summary>
    public const int TooLowPriority = 1014;

    /// <summary>Including the transaction would create a dependency cycle (1015).</summary>
    public const int CycleDetected = 1015;

    /// <summary>The pool is full and the transaction is not better than what it would evict (1016).</summary>
    public const int ImmediatelyDropped = 1016;

    /// <summary>The node is not healthy (system base 2000 + 1).</summary>
    public const int NotHealthy = 2001;

    /// <summary>A chain method failed for a stated reason (chain base 3000 + 1).</summary>
    public const int ChainOther = 3001;

    /// <summary>A block range could not be resolved (state base 4000 + 1).</summary>
    public const int InvalidBlockRange = 4001;

    /// <summary>A count parameter exceeds its maximum (4002).</summary>
    public const int InvalidCount = 4002;

    /// <summary>A runtime call or state read failed: "Client error: …" (4003).</summary>
    public const int StateClientError = 4003;
}
