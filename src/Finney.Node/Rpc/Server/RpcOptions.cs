namespace Finney.Node.Rpc.Server;

/// <summary>
/// The JSON-RPC server's settings. Defaults follow Substrate's (port 9944, 100 connections, 15 MiB
/// requests and responses, 1,024 subscriptions per connection).
/// </summary>
public sealed record RpcOptions
{
    /// <summary>TCP port for WebSocket and HTTP (default 9944; 0 picks a free port).</summary>
    public int Port { get; init; } = 9944;

    /// <summary>Listen on all interfaces instead of 127.0.0.1 only (default false).</summary>
    public bool External { get; init; }

    /// <summary>Simultaneous WebSocket connections plus in-flight HTTP requests (default 100).</summary>
    public int MaxConnections { get; init; } = 100;

    /// <summary>Largest request (WebSocket message or HTTP body) in bytes (default 15 MiB).</summary>
    public int MaxRequestBytes { get; init; } = 15 * 1024 * 1024;

    /// <summary>Largest response in bytes (default 15 MiB; metadata is about 1 MiB of hex).</summary>
    public int MaxResponseBytes { get; init; } = 15 * 1024 * 1024;

    /// <summary>Open subscriptions per connection (default 1,024).</summary>
    public int MaxSubscriptionsPerConnection { get; init; } = 1024;

    /// <summary>Requests in one batch (default 1,000).</summary>
    public int MaxBatchSize { get; init; } = 1000;

    /// <summary>Requests of one connection executed at the same time; further messages wait (default 64).</summary>
    public int MaxConcurrentRequestsPerConnection { get; init; } = 64;

    /// <summary>Messages queued for a slow client before the connection is closed (default 4,096).</summary>
    public int MessageBufferCapacity { get; init; } = 4096;

    /// <summary>Longest a call may run before it is answered with a timeout error (default 60 s).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Interval of WebSocket keep-alive pings from the server (default 30 s).</summary>
    public TimeSpan PingInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Answer browser requests from any origin (CORS <c>*</c>; default true, as a dev node does).</summary>
    public bool AllowAnyOrigin { get; init; } = true;

    /// <summary>Readable problems with these settings; empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        Check(problems, Port is >= 0 and <= 65535, $"the RPC port must be between 0 and 65535 (got {Port})");
        Check(problems, MaxConnections >= 1, $"the RPC connection limit must be at least 1 (got {MaxConnections})");
        Check(problems, MaxRequestBytes >= 1024, $"the RPC request size limit must be at least 1024 bytes (got {MaxRequestBytes})");
        Check(problems, MaxResponseBytes >= 1024, $"the RPC response size limit must be at least 1024 bytes (got {MaxResponseBytes})");
        Check(problems, MaxSubscriptionsPerConnection >= 1, $"the subscriptions limit must be at least 1 (got {MaxSubscriptionsPerConnection})");
        Check(problems, MaxBatchSize >= 1, $"the batch size limit must be at least 1 (got {MaxBatchSize})");
        Check(problems, MaxConcurrentRequestsPerConnection >= 1, $"the per-connection concurrency must be at least 1 (got {MaxConcurrentRequestsPerConnection})");
        Check(problems, MessageBufferCapacity >= 16, $"the message buffer must hold at least 16 messages (got {MessageBufferCapacity})");
        Check(problems, RequestTimeout > TimeSpan.Zero, "the RPC request timeout must be positive");
        return problems;
    }

    private static void Check(List<string> problems, bool ok, string problem)
    {
        if (!ok)
        {
            problems.Add(problem);
        }
    }
}
