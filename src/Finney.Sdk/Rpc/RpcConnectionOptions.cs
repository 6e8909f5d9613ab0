namespace Finney.Sdk.Rpc;

/// <summary>How an <see cref="RpcConnection"/> behaves.</summary>
public sealed class RpcConnectionOptions
{
    /// <summary>How long one request may wait for its response (including a reconnect). Default: 30 s.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the first connection may take. Default: 10 s.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Whether a dropped connection is re-opened (idle WebSockets die after minutes behind proxies; old SDKs did not
    /// come back, bittensor#2281). Default: true.
    /// </summary>
    public bool Reconnect { get; init; } = true;

    /// <summary>First wait before reconnecting; doubles per failed attempt up to <see cref="MaxReconnectDelay"/>. Default: 250 ms.</summary>
    public TimeSpan ReconnectDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Longest wait between reconnect attempts. Default: 5 s.</summary>
    public TimeSpan MaxReconnectDelay { get; init; } = TimeSpan.FromSeconds(5);
}
