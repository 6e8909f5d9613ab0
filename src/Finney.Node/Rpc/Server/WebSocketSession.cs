using System.Buffers;
using System.Net.WebSockets;
using Finney.Rpc;
using Microsoft.Extensions.Logging;

namespace Finney.Node.Rpc.Server;

/// <summary>
/// One WebSocket client: reads messages (text or binary, fragments joined, up to the request limit),
/// runs up to <see cref="RpcOptions.MaxConcurrentRequestsPerConnection"/> of them at once and answers each
/// by id as it completes, while one writer drains the connection's queue. Ping frames are answered by
/// the WebSocket implementation itself.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The semaphore never allocates its wait handle; RunAsync disposes it at the end.")]
internal sealed class WebSocketSession
{
    private readonly WebSocket _socket;
    private readonly RpcDispatcher _dispatcher;
    private readonly ILogger _logger;
    private readonly long _number;
    private readonly RpcConnection _connection;
    private readonly SemaphoreSlim _inFlight;

    public WebSocketSession(WebSocket socket, RpcDispatcher dispatcher, ILogger logger, long number)
    {
        _socket = socket;
        _dispatcher = dispatcher;
        _logger = logger;
        _number = number;
        var options = dispatcher.Options;
        _connection = new RpcConnection(options.MessageBufferCapacity, options.MaxSubscriptionsPerConnection);
        _inFlight = new SemaphoreSlim(options.MaxConcurrentRequestsPerConnection);
    }

    public async Task RunAsync(CancellationToken stopping)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stopping, _connection.Closed);
        var writer = WriteLoopAsync();
        try
        {
            await ReadLoopAsync(linked.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
            RpcLog.ConnectionFailed(_logger, _number, e);
        }
        finally
        {
            _connection.Close();
            await writer.ConfigureAwait(false);
            await CloseSocketAsync().ConfigureAwait(false);
            RpcLog.ConnectionClosed(_logger, _number, _connection.CloseReason is { } reason ? $": {reason}" : "");
            _inFlight.Dispose();
        }
    }

    private async Task ReadLoopAsync(CancellationToken cancellationToken)
    {
        var limit = _dispatcher.Options.MaxRequestBytes;
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (_socket.State == WebSocketState.Open)
        {
            buffer.ResetWrittenCount();
            var tooBig = false;
            ValueWebSocketReceiveResult received;
            do
            {
                var memory = buffer.GetMemory(16 * 1024);
                received = await _socket.ReceiveAsync(memory, cancellationToken).ConfigureAwait(false);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                if (tooBig)
                {
                    continue;
                }

                buffer.Advance(received.Count);
                if (buffer.WrittenCount > limit)
                {
                    tooBig = true;
                    buffer.ResetWrittenCount();
                }
            }
            while (!received.EndOfMessage);

            if (tooBig)
            {
                RpcLog.OversizedRequest(_logger, _number, limit);
                await _connection.SendAsync(RpcDispatcher.ErrorResponse(default, JsonRpcError.OversizedRequest(limit)), cancellationToken).ConfigureAwait(false);
                continue;
            }

            var message = buffer.WrittenSpan.ToArray();
            await _inFlight.WaitAsync(cancellationToken).ConfigureAwait(false);
            _ = ProcessAsync(message, cancellationToken);
        }
    }

    private async Task ProcessAsync(byte[] message, CancellationToken cancellationToken)
    {
        var opened = new List<RpcSubscription>();
        try
        {
            var response = await _dispatcher.DispatchAsync(message, _connection, opened, cancellationToken).ConfigureAwait(false);
            if (response is not null)
            {
                await _connection.SendAsync(response, cancellationToken).ConfigureAwait(false);
            }

            foreach (var subscription in opened)
            {
                subscription.Activate();
            }
        }
        catch (Exception e) when (e is OperationCanceledException or System.Threading.Channels.ChannelClosedException)
        {
            // The connection is closing; its subscriptions close with it.
        }
        finally
        {
            try
            {
                _inFlight.Release();
            }
            catch (ObjectDisposedException)
            {
                // The session ended while this request ran.
            }
        }
    }

    private async Task WriteLoopAsync()
    {
        try
        {
            await foreach (var message in _connection.Outbox.ReadAllAsync().ConfigureAwait(false))
            {
                await _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is WebSocketException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            _connection.Close("the client went away");
        }
    }

    private async Task CloseSocketAsync()
    {
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                var status = _connection.CloseReason is null ? WebSocketCloseStatus.NormalClosure : WebSocketCloseStatus.PolicyViolation;
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseOutputAsync(status, _connection.CloseReason, timeout.Token).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is WebSocketException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            // Already gone.
        }
    }
}
