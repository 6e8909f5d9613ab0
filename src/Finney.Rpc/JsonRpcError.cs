using System.Text.Json;
using System.Text.Json.Serialization;

namespace Finney.Rpc;

/// <summary>
/// The <c>error</c> member of a JSON-RPC response: a code, a message and optional data. The factories
/// produce the exact texts jsonrpsee and Substrate send, so clients that match on them keep working.
/// </summary>
public sealed record JsonRpcError(
    [property: JsonPropertyName("code")] int Code,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("data"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] JsonElement? Data = null)
{
    /// <summary>The error with a string as its <c>data</c>.</summary>
    public static JsonRpcError WithText(int code, string message, string? data) =>
        new(code, message, data is null ? null : JsonSerializer.SerializeToElement(data, RpcJsonContext.Default.String));

    /// <summary>-32700 "Parse error".</summary>
    public static JsonRpcError ParseError() => new(RpcErrorCodes.ParseError, "Parse error");

    /// <summary>-32600 "Invalid request", with what was wrong as data.</summary>
    public static JsonRpcError InvalidRequest(string? detail = null) => WithText(RpcErrorCodes.InvalidRequest, "Invalid request", detail);

    /// <summary>-32601 "Method not found".</summary>
    public static JsonRpcError MethodNotFound() => new(RpcErrorCodes.MethodNotFound, "Method not found");

    /// <summary>-32602 "Invalid params", with which parameter and why as data.</summary>
    public static JsonRpcError InvalidParams(string detail) => WithText(RpcErrorCodes.InvalidParams, "Invalid params", detail);

    /// <summary>-32603 "Internal error".</summary>
    public static JsonRpcError InternalError(string? detail = null) => WithText(RpcErrorCodes.InternalError, "Internal error", detail);

    /// <summary>-32000: the call ran longer than the server allows.</summary>
    public static JsonRpcError Timeout(TimeSpan limit) =>
        WithText(RpcErrorCodes.CallExecutionFailed, "Request timed out", $"the call took longer than {limit.TotalMilliseconds:0} ms");

    /// <summary>-32006 "Too many subscriptions on the connection".</summary>
    public static JsonRpcError TooManySubscriptions(int max) =>
        WithText(RpcErrorCodes.TooManySubscriptions, "Too many subscriptions on the connection", $"Exceeded max limit of {max}");

    /// <summary>-32007 "Request is too big".</summary>
    public static JsonRpcError OversizedRequest(int maxBytes) =>
        WithText(RpcErrorCodes.OversizedRequest, "Request is too big", $"Exceeded max limit of {maxBytes}");

    /// <summary>-32008 "Response is too big".</summary>
    public static JsonRpcError OversizedResponse(int maxBytes) =>
        WithText(RpcErrorCodes.OversizedResponse, "Response is too big", $"Exceeded max limit of {maxBytes}");

    /// <summary>-32009 "Server is busy, try again later".</summary>
    public static JsonRpcError ServerIsBusy(string detail) => WithText(RpcErrorCodes.ServerIsBusy, "Server is busy, try again later", detail);

    /// <summary>-32010 "The batch request was too large".</summary>
    public static JsonRpcError TooBigBatch(int max) =>
        WithText(RpcErrorCodes.TooBigBatchRequest, "The batch request was too large", $"Exceeded max limit of {max}");

    /// <summary>-32601 for a subscription method called over HTTP, which cannot carry notifications.</summary>
    public static JsonRpcError SubscriptionsNeedWebSocket() =>
        WithText(RpcErrorCodes.MethodNotFound, "Method not found", "subscriptions need a WebSocket connection");
}
