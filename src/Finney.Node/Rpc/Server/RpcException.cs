using Finney.Rpc;

namespace Finney.Node.Rpc.Server;

/// <summary>
/// Thrown by parameter parsing and by methods to answer with <see cref="Error"/>; the dispatcher turns it
/// into the error response. Anything else thrown by a method is a bug and becomes -32603.
/// </summary>
public sealed class RpcException : Exception
{
    /// <summary>An exception carrying <paramref name="error"/>.</summary>
    public RpcException(JsonRpcError error)
        : base(error.Message) => Error = error;

    /// <summary>The error sent to the client.</summary>
    public JsonRpcError Error { get; }

    /// <summary>Shorthand for -32602 with <paramref name="detail"/>.</summary>
    public static RpcException InvalidParams(string detail) => new(JsonRpcError.InvalidParams(detail));
}
