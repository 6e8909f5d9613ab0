using Microsoft.Extensions.Logging;

namespace Finney.Node.Rpc.Server;

/// <summary>The RPC server's log messages (category <c>rpc</c>).</summary>
internal static partial class RpcLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Error, Message = "RPC method {Method} failed")]
    public static partial void MethodFailed(ILogger logger, string method, Exception exception);

    [LoggerMessage(EventId = 101, Level = LogLevel.Debug, Message = "RPC connection {Connection} opened from {Remote}")]
    public static partial void ConnectionOpened(ILogger logger, long connection, string remote);

    [LoggerMessage(EventId = 102, Level = LogLevel.Debug, Message = "RPC connection {Connection} closed{Reason}")]
    public static partial void ConnectionClosed(ILogger logger, long connection, string reason);

    [LoggerMessage(EventId = 103, Level = LogLevel.Warning, Message = "RPC connection refused: {Open} connections open (limit {Limit})")]
    public static partial void TooManyConnections(ILogger logger, int open, int limit);

    [LoggerMessage(EventId = 104, Level = LogLevel.Debug, Message = "RPC connection {Connection}: request of more than {Limit} bytes refused")]
    public static partial void OversizedRequest(ILogger logger, long connection, int limit);

    [LoggerMessage(EventId = 105, Level = LogLevel.Information, Message = "Running JSON-RPC server: addr={Address}, allowed origins={Origins}")]
    public static partial void Listening(ILogger logger, string address, string origins);

    [LoggerMessage(EventId = 106, Level = LogLevel.Debug, Message = "RPC connection {Connection} failed")]
    public static partial void ConnectionFailed(ILogger logger, long connection, Exception exception);
}
