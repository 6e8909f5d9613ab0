namespace Finney.Node.Rpc.Server;

/// <summary>
/// What a method sees besides its parameters: the connection (null over HTTP), a token that fires on
/// timeout or disconnect, and the subscriptions it opened (activated once the response is queued).
/// </summary>
public sealed class RpcCallContext
{
    private List<RpcSubscription>? _opened;

    /// <summary>A context for one call.</summary>
    public RpcCallContext(RpcConnection? connection, CancellationToken aborted)
    {
        Connection = connection;
        Aborted = aborted;
    }

    /// <summary>The WebSocket connection, or null for HTTP.</summary>
    public RpcConnection? Connection { get; }

    /// <summary>Fires when the connection closes (the server answers a call that outlives its timeout without waiting for it).</summary>
    public CancellationToken Aborted { get; }

    /// <summary>Subscriptions opened by this call.</summary>
    internal IReadOnlyList<RpcSubscription> Opened => _opened ?? (IReadOnlyList<RpcSubscription>)[];

    /// <summary>Opens a subscription on the connection; the method returns its <see cref="RpcSubscription.Id"/>.</summary>
    /// <exception cref="RpcException">Over HTTP, or at the per-connection limit.</exception>
    public RpcSubscription Subscribe(string kind, string notificationMethod)
    {
        if (Connection is null)
        {
            throw new RpcException(Finney.Rpc.JsonRpcError.SubscriptionsNeedWebSocket());
        }

        var subscription = Connection.Subscribe(kind, notificationMethod);
        (_opened ??= []).Add(subscription);
        return subscription;
    }

    /// <summary>Ends subscription <paramref name="id"/> of <paramref name="kind"/>; false when unknown (or over HTTP).</summary>
    public bool Unsubscribe(string kind, string id) => Connection?.Unsubscribe(kind, id) ?? false;
}
