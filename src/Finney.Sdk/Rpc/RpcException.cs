using System.Text.Json;

namespace Finney.Sdk.Rpc;

/// <summary>The node answered a request with a JSON-RPC error (e.g. 1010 "Invalid Transaction").</summary>
public sealed class RpcException : Exception
{
    /// <summary>Creates the error from the response's <c>error</c> member.</summary>
    public RpcException(string method, int code, string rpcMessage, string? data)
        : base($"{method}: {rpcMessage}{(data is null ? string.Empty : $": {data}")} (code {code})")
    {
        Method = method;
        Code = code;
        RpcMessage = rpcMessage;
        ErrorData = data;
    }

    /// <summary>Creates an error with code 0.</summary>
    public RpcException()
        : this("?", 0, "error", null)
    {
    }

    /// <summary>Creates an error with code 0.</summary>
    public RpcException(string message)
        : this("?", 0, message, null)
    {
    }

    /// <summary>Creates an error with code 0.</summary>
    public RpcException(string message, Exception innerException)
        : base(message, innerException)
    {
        Method = "?";
        RpcMessage = message;
    }

    /// <summary>The method that failed.</summary>
    public string Method { get; }

    /// <summary>The JSON-RPC error code (<see cref="Finney.Rpc.RpcErrorCodes"/>).</summary>
    public int Code { get; }

    /// <summary>The error's message member.</summary>
    public string RpcMessage { get; }

    /// <summary>The error's data member as text (strings unquoted), or null.</summary>
    public string? ErrorData { get; }

    internal static RpcException FromError(string method, JsonElement error)
    {
        var code = error.TryGetProperty("code", out var c) && c.TryGetInt32(out var value) ? value : 0;
        var message = error.TryGetProperty("message", out var m) ? m.ToString() : "error";
        string? data = error.TryGetProperty("data", out var d) ? (d.ValueKind == JsonValueKind.String ? d.GetString() : d.GetRawText()) : null;
        return new RpcException(method, code, message, data);
    }
}
