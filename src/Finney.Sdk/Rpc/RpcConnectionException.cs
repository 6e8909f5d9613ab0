namespace Finney.Sdk.Rpc;

/// <summary>
/// The node could not be reached, or the connection dropped while a request or a non-resumable subscription
/// (a watched extrinsic) was in flight. Requests made after a reconnect succeed again.
/// </summary>
public sealed class RpcConnectionException : Exception
{
    /// <summary>Creates the error.</summary>
    public RpcConnectionException()
        : base("The connection to the node was lost.")
    {
    }

    /// <summary>Creates the error with a message.</summary>
    public RpcConnectionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with a message and its cause.</summary>
    public RpcConnectionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
