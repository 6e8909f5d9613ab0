using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Threading.Channels;
using Finney.Rpc;

namespace Finney.Node.Rpc.Server;

/// <summary>
/// A client connection that can carry notifications (a WebSocket): its outgoing message queue and its
/// subscriptions. Responses wait for room in the queue; notifications that find it full mean the client
/// is not reading, and the connection is closed rather than buffering without bound.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "A CancellationTokenSource without a timer owns nothing to release.")]
public sealed class RpcConnection
{
    private const string IdAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private readonly Channel<byte[]> _outbox;
    private readonly ConcurrentDictionary<string, RpcSubscription> _subscriptions = new();
    private readonly int _maxSubscriptions;
    private readonly CancellationTokenSource _closed = new();

    /// <summary>A connection whose queue holds <paramref name="bufferCapacity"/> messages.</summary>
    public RpcConnection(int bufferCapacity, int maxSubscriptions)
    {
        _outbox = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(bufferCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _maxSubscriptions = maxSubscriptions;
    }

    /// <summary>Cancelled when the connection closes (client gone, or too slow).</summary>
    public CancellationToken Closed => _closed.Token;

    /// <summary>Number of open subscriptions.</summary>
    public int SubscriptionCount => _subscriptions.Count;

    /// <summary>Why the server closed the connection, if it did.</summary>
    public string? CloseReason { get; private set; }

    /// <summary>The queue the transport drains.</summary>
    internal ChannelReader<byte[]> Outbox => _outbox.Reader;

    /// <summary>Opens a subscription of <paramref name="kind"/> notifying with <paramref name="notificationMethod"/>.</summary>
    /// <exception cref="RpcException">The connection already has the maximum number of subscriptions.</exception>
    public RpcSubscription Subscribe(string kind, string notificationMethod)
    {
        if (_subscriptions.Count >= _maxSubscriptions)
        {
            throw new RpcException(JsonRpcError.TooManySubscriptions(_maxSubscriptions));
        }

        while (true)
        {
            var subscription = new RpcSubscription(this, RandomNumberGenerator.GetString(IdAlphabet, 16), kind, notificationMethod);
            if (_subscriptions.TryAdd(subscription.Id, subscription))
            {
                if (_closed.IsCancellationRequested)
                {
                    Remove(subscription);
                }

                return subscription;
            }
        }
    }

    /// <summary>Ends subscription <paramref name="id"/> if it is of <paramref name="kind"/>; false when there is none.</summary>
    public bool Unsubscribe(string kind, string id)
    {
        if (!_subscriptions.TryGetValue(id, out var subscription) || subscription.Kind != kind)
        {
            return false;
        }

        return Remove(subscription);
    }

    /// <summary>Queues a response, waiting for room.</summary>
    internal ValueTask SendAsync(byte[] message, CancellationToken cancellationToken) => _outbox.Writer.WriteAsync(message, cancellationToken);

    /// <summary>Queues a notification; closes the connection when the client has stopped reading.</summary>
    internal void Push(byte[] message)
    {
        if (!_outbox.Writer.TryWrite(message) && !_closed.IsCancellationRequested)
        {
            Close("the client does not read its notifications (message buffer full)");
        }
    }

    /// <summary>Removes and closes one subscription.</summary>
    internal bool Remove(RpcSubscription subscription)
    {
        if (!_subscriptions.TryRemove(new KeyValuePair<string, RpcSubscription>(subscription.Id, subscription)))
        {
            return false;
        }

        subscription.MarkClosed();
        return true;
    }

    /// <summary>Closes the connection and every subscription on it.</summary>
    internal void Close(string? reason = null)
    {
        CloseReason ??= reason;
        _outbox.Writer.TryComplete();
        try
        {
            _closed.Cancel();
        }
        catch (AggregateException)
        {
            // Registered callbacks belong to the transport; closing goes on.
        }

        foreach (var subscription in _subscriptions.Values)
        {
            Remove(subscription);
        }
    }
}
