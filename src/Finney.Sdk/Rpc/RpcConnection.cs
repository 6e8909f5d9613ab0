using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;

namespace Finney.Sdk.Rpc;

/// <summary>
/// One shared WebSocket to a node: requests are pipelined (each gets an id, responses complete them in any order),
/// subscriptions receive their notifications, and a dropped connection is re-opened with backoff. Safe to use from
/// many threads at once — validators share one instead of opening one per loop (bittensor#2585).
/// </summary>
public sealed class RpcConnection : IAsyncDisposable
{
    private readonly RpcConnectionOptions _options;
    private readonly ConcurrentDictionary<long, PendingRequest> _pending = new();
    private readonly ConcurrentDictionary<string, RpcSubscription> _byId = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<RpcSubscription, byte> _live = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _closing = new();
    private TaskCompletionSource _connected = NewSignal();
    private ClientWebSocket? _socket;
    private Task _loop = Task.CompletedTask;
    private long _nextId;
    private int _reconnects;

    private RpcConnection(Uri uri, RpcConnectionOptions options)
    {
        Uri = uri;
        _options = options;
    }

    /// <summary>The node's address.</summary>
    public Uri Uri { get; }

    /// <summary>How many times the connection was re-opened.</summary>
    public int Reconnects => Volatile.Read(ref _reconnects);

    /// <summary>Opens the connection.</summary>
    /// <exception cref="RpcConnectionException">Nothing answers at <paramref name="uri"/> in time.</exception>
    public static async Task<RpcConnection> ConnectAsync(Uri uri, RpcConnectionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var connection = new RpcConnection(uri, options ?? new RpcConnectionOptions());
        var socket = await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        connection._socket = socket;
        connection._connected.TrySetResult();
        connection._loop = Task.Run(() => connection.RunAsync(socket), CancellationToken.None);
        return connection;
    }

    /// <summary>Calls <paramref name="method"/> and returns its <c>result</c>.</summary>
    /// <param name="method">The method name.</param>
    /// <param name="parameters">Positional parameters: strings, integers, booleans, null, <see cref="JsonElement"/>s or string arrays.</param>
    /// <exception cref="RpcException">The node answered with an error.</exception>
    /// <exception cref="RpcConnectionException">The connection dropped, or no answer came within the request timeout.</exception>
    public Task<JsonElement> RequestAsync(string method, params object?[] parameters) => RequestAsync(method, parameters, CancellationToken.None);

    /// <summary>Calls <paramref name="method"/> and returns its <c>result</c>.</summary>
    public Task<JsonElement> RequestAsync(string method, object?[] parameters, CancellationToken cancellationToken) =>
        SendAsync(method, RpcParameters.From(parameters), null, cancellationToken);

    /// <summary>Subscribes; the subscription's items are the notifications' results.</summary>
    /// <param name="method">The subscribe method (e.g. <c>chain_subscribeNewHeads</c>).</param>
    /// <param name="unsubscribeMethod">Its unsubscribe method.</param>
    /// <param name="resumable">True when subscribing again after a reconnect is harmless (heads, storage); false for a watched extrinsic.</param>
    /// <param name="parameters">The subscribe parameters.</param>
    public async Task<RpcSubscription> SubscribeAsync(string method, string unsubscribeMethod, bool resumable, params object?[] parameters)
    {
        var subscription = new RpcSubscription(this, method, unsubscribeMethod, RpcParameters.From(parameters), resumable);
        _live[subscription] = 0;
        try
        {
            await SendAsync(method, subscription.Parameters, subscription, CancellationToken.None).ConfigureAwait(false);
            return subscription;
        }
        catch
        {
            _live.TryRemove(subscription, out _);
            throw;
        }
    }

    internal async Task UnsubscribeAsync(RpcSubscription subscription)
    {
        _live.TryRemove(subscription, out _);
        if (subscription.Id is not { } id || !_byId.TryRemove(id, out _) || _closing.IsCancellationRequested || !_connected.Task.IsCompletedSuccessfully)
        {
            return;
        }

        try
        {
            using var element = JsonDocument.Parse(id);
            await SendAsync(subscription.UnsubscribeMethod, [element.RootElement.Clone()], null, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is RpcException or RpcConnectionException)
        {
            // The server has dropped it already (closed socket or unknown id): nothing is left to clean up.
        }
    }

    /// <summary>Closes the connection; pending requests fail and subscriptions end.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_closing.IsCancellationRequested)
        {
            return;
        }

        await _closing.CancelAsync().ConfigureAwait(false);
        _socket?.Abort();
        await _loop.ConfigureAwait(false);
        FailEverything(new RpcConnectionException("The connection was closed."), endResumable: true);
        _socket?.Dispose();
        _closing.Dispose();
        _sendLock.Dispose();
    }

    private async Task<JsonElement> SendAsync(string method, JsonElement[] parameters, RpcSubscription? subscription, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _closing.Token);
        timeout.CancelAfter(_options.RequestTimeout);
        var id = Interlocked.Increment(ref _nextId);
        var pending = new PendingRequest(method, subscription);
        try
        {
            await _connected.Task.WaitAsync(timeout.Token).ConfigureAwait(false);
            _pending[id] = pending;
            var socket = _socket ?? throw new RpcConnectionException("Not connected.");
            var request = RpcParameters.Request(id, method, parameters);
            await _sendLock.WaitAsync(timeout.Token).ConfigureAwait(false);
            try
            {
                await socket.SendAsync(request, WebSocketMessageType.Text, endOfMessage: true, timeout.Token).ConfigureAwait(false);
            }
            finally
            {
                _sendLock.Release();
            }

            return await pending.Completion.Task.WaitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new RpcConnectionException(_closing.IsCancellationRequested
                ? $"{method}: the connection was closed."
                : $"{method}: no answer from {Uri} within {_options.RequestTimeout.TotalSeconds:0.#} s.");
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            throw new RpcConnectionException($"{method}: the connection to {Uri} failed: {exception.Message}", exception);
        }
        finally
        {
            _pending.TryRemove(id, out _);
        }
    }

    private async Task RunAsync(ClientWebSocket socket)
    {
        while (true)
        {
            try
            {
                await ReceiveAsync(socket).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException or JsonException)
            {
                // The loop below decides between reconnecting and stopping.
            }

            Interlocked.Exchange(ref _connected, NewSignal());
            FailEverything(new RpcConnectionException($"The connection to {Uri} was lost."), endResumable: false);
            if (_closing.IsCancellationRequested || !_options.Reconnect)
            {
                _connected.TrySetException(new RpcConnectionException($"The connection to {Uri} is closed."));
                return;
            }

            var reopened = await ReopenAsync().ConfigureAwait(false);
            if (reopened is null)
            {
                return;
            }

            var old = Interlocked.Exchange(ref _socket, reopened);
            old?.Dispose();
            socket = reopened;
            Interlocked.Increment(ref _reconnects);
            _connected.TrySetResult();
            foreach (var subscription in _live.Keys.Where(s => s.IsResumable))
            {
                _ = ResubscribeAsync(subscription);
            }
        }
    }

    private async Task ResubscribeAsync(RpcSubscription subscription)
    {
        try
        {
            await SendAsync(subscription.Method, subscription.Parameters, subscription, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is RpcException or RpcConnectionException)
        {
            _live.TryRemove(subscription, out _);
            subscription.End(exception);
        }
    }

    private async Task<ClientWebSocket?> ReopenAsync()
    {
        var delay = _options.ReconnectDelay;
        while (!_closing.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(delay, _closing.Token).ConfigureAwait(false);
                return await OpenAsync(_closing.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return null;
            }
            catch (RpcConnectionException)
            {
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _options.MaxReconnectDelay.Ticks));
            }
        }

        return null;
    }

    private async Task<ClientWebSocket> OpenAsync(CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        // Node responses (metadata, whole blocks) exceed the default 16 KiB receive buffer many times over.
        socket.Options.SetBuffer(1 << 16, 1 << 14);
        // Pings with a deadline notice a silently dead peer (a NAT or proxy that dropped the flow) and trigger a reconnect.
        socket.Options.KeepAliveInterval = TimeSpan.FromSeconds(15);
        socket.Options.KeepAliveTimeout = TimeSpan.FromSeconds(30);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.ConnectTimeout);
        try
        {
            await socket.ConnectAsync(Uri, timeout.Token).ConfigureAwait(false);
            return socket;
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or HttpRequestException)
        {
            socket.Dispose();
            if (cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            throw new RpcConnectionException($"Cannot reach a node at {Uri}: {exception.Message}", exception);
        }
    }

    private async Task ReceiveAsync(ClientWebSocket socket)
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        while (socket.State == WebSocketState.Open)
        {
            var result = await socket.ReceiveAsync(buffer, _closing.Token).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }

            Dispatch(message.GetBuffer().AsMemory(0, (int)message.Length));
            message.SetLength(0);
        }
    }

    private void Dispatch(ReadOnlyMemory<byte> json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in root.EnumerateArray())
            {
                DispatchOne(item);
            }

            return;
        }

        DispatchOne(root);
    }

    private void DispatchOne(JsonElement message)
    {
        if (message.TryGetProperty("id", out var idElement) && idElement.TryGetInt64(out var id))
        {
            if (!_pending.TryGetValue(id, out var pending))
            {
                return;
            }

            if (message.TryGetProperty("error", out var error))
            {
                pending.Completion.TrySetException(RpcException.FromError(pending.Method, error));
                return;
            }

            var result = message.TryGetProperty("result", out var r) ? r.Clone() : default;
            if (pending.Subscription is { } subscription)
            {
                // Registered here, before the next frame is read, so no notification can arrive for an unknown id.
                subscription.Id = result.GetRawText();
                _byId[subscription.Id] = subscription;
            }

            pending.Completion.TrySetResult(result);
            return;
        }

        if (message.TryGetProperty("params", out var parameters)
            && parameters.ValueKind == JsonValueKind.Object
            && parameters.TryGetProperty("subscription", out var subscriptionId)
            && _byId.TryGetValue(subscriptionId.GetRawText(), out var target)
            && parameters.TryGetProperty("result", out var item))
        {
            target.Publish(item.Clone());
        }
    }

    private void FailEverything(Exception error, bool endResumable)
    {
        foreach (var (id, pending) in _pending)
        {
            if (_pending.TryRemove(id, out _))
            {
                pending.Completion.TrySetException(error);
            }
        }

        _byId.Clear();
        foreach (var subscription in _live.Keys)
        {
            subscription.Id = null;
            if (endResumable || !subscription.IsResumable)
            {
                _live.TryRemove(subscription, out _);
                subscription.End(error);
            }
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed record PendingRequest(string Method, RpcSubscription? Subscription)
    {
        public TaskCompletionSource<JsonElement> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
