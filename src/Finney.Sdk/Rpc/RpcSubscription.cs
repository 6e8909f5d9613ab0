using System.Runtime.ExceptionServices;
using System.Text.Json;
using System.Threading.Channels;

namespace Finney.Sdk.Rpc;

/// <summary>
/// A live subscription: the notifications' <c>result</c> values in arrival order. Dispose to unsubscribe.
/// A resumable subscription (heads, storage) is re-established after a reconnect; a non-resumable one (a watched
/// extrinsic) ends with <see cref="RpcConnectionException"/>.
/// </summary>
public sealed class RpcSubscription : IAsyncDisposable
{
    private readonly Channel<JsonElement> _items = Channel.CreateUnbounded<JsonElement>(new UnboundedChannelOptions { SingleReader = true });
    private readonly RpcConnection _connection;

    internal RpcSubscription(RpcConnection connection, string method, string unsubscribeMethod, JsonElement[] parameters, bool resumable)
    {
        _connection = connection;
        Method = method;
        UnsubscribeMethod = unsubscribeMethod;
        Parameters = parameters;
        IsResumable = resumable;
    }

    /// <summary>The subscribe method.</summary>
    public string Method { get; }

    /// <summary>The unsubscribe method.</summary>
    public string UnsubscribeMethod { get; }

    /// <summary>True when a reconnect subscribes again instead of ending the subscription.</summary>
    public bool IsResumable { get; }

    /// <summary>The server's current subscription id (raw JSON text: a string or a number).</summary>
    public string? Id { get; internal set; }

    internal JsonElement[] Parameters { get; }

    /// <summary>The notifications' results.</summary>
    public ChannelReader<JsonElement> Items => _items.Reader;

    /// <summary>The next result.</summary>
    /// <exception cref="RpcConnectionException">The subscription ended because the connection dropped or closed.</exception>
    /// <exception cref="ChannelClosedException">The subscription was disposed.</exception>
    public async Task<JsonElement> NextAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await _items.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException closed) when (closed.InnerException is { } cause)
        {
            ExceptionDispatchInfo.Capture(cause).Throw();
            throw;
        }
    }

    internal void Publish(JsonElement result) => _items.Writer.TryWrite(result);

    internal void End(Exception? error) => _items.Writer.TryComplete(error);

    /// <summary>Unsubscribes (best effort: a closed connection has already dropped it).</summary>
    public async ValueTask DisposeAsync()
    {
        End(null);
        await _connection.UnsubscribeAsync(this).ConfigureAwait(false);
    }
}
