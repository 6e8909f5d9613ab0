using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Finney.Sdk.Tests.Rpc;

/// <summary>
/// A loopback WebSocket server speaking just enough JSON-RPC to test the client: <c>echo</c> returns its first
/// parameter, <c>sub</c> subscribes and sends one <c>tick</c> notification per second counting from 1,
/// <c>slow</c> answers once the test calls <see cref="ReleaseSlow"/>, and <see cref="DropConnections"/> cuts every
/// open socket.
/// </summary>
internal sealed class ScriptedNode : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly List<(HttpListenerContext Context, WebSocket Socket)> _sockets = [];
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _slowReleased = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _accept;
    private int _connections;
    private int _subscriptions;

    public ScriptedNode()
    {
        var port = FreePort();
        Uri = new Uri($"ws://127.0.0.1:{port}/");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _accept = Task.Run(AcceptAsync);
    }

    public Uri Uri { get; }

    /// <summary>WebSocket connections accepted so far.</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Lets every <c>slow</c> request sent so far, and every later one, be answered.</summary>
    public void ReleaseSlow() => _slowReleased.TrySetResult();

    /// <summary>Subscribe requests received so far.</summary>
    public int Subscriptions => Volatile.Read(ref _subscriptions);

    public void DropConnections()
    {
        lock (_gate)
        {
            // Aborting the WebSocket alone leaves HttpListener's TCP connection open; aborting the response closes it.
            foreach (var (context, socket) in _sockets)
            {
                socket.Abort();
                context.Response.Abort();
            }

            _sockets.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        DropConnections();
        _listener.Stop();
        _listener.Close();
        await _accept.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            var socket = (await context.AcceptWebSocketAsync(null)).WebSocket;
            Interlocked.Increment(ref _connections);
            lock (_gate)
            {
                _sockets.Add((context, socket));
            }

            _ = Task.Run(() => ServeAsync(socket));
        }
    }

    private async Task ServeAsync(WebSocket socket)
    {
        var send = new SemaphoreSlim(1, 1);
        var buffer = new byte[1 << 16];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var received = await socket.ReceiveAsync(buffer, _stop.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                using var request = JsonDocument.Parse(buffer.AsMemory(0, received.Count));
                var id = request.RootElement.GetProperty("id").GetInt64();
                var method = request.RootElement.GetProperty("method").GetString();
                var first = request.RootElement.GetProperty("params").EnumerateArray().FirstOrDefault();
                switch (method)
                {
                    case "echo":
                        await SendAsync(socket, send, $$"""{"jsonrpc":"2.0","id":{{id}},"result":{{first.GetRawText()}}}""");
                        break;
                    case "slow":
                        _ = Task.Run(async () =>
                        {
                            await _slowReleased.Task;
                            await SendAsync(socket, send, $$"""{"jsonrpc":"2.0","id":{{id}},"result":"late"}""");
                        });
                        break;
                    case "sub":
                        var subscription = Interlocked.Increment(ref _subscriptions);
                        await SendAsync(socket, send, $$"""{"jsonrpc":"2.0","id":{{id}},"result":"s{{subscription}}"}""");
                        _ = Task.Run(() => TickAsync(socket, send, $"s{subscription}"));
                        break;
                    default:
                        await SendAsync(socket, send, $$$"""{"jsonrpc":"2.0","id":{{{id}}},"error":{"code":-32601,"message":"Method not found"}}""");
                        break;
                }
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The test cut the connection or is shutting down.
        }
    }

    private async Task TickAsync(WebSocket socket, SemaphoreSlim send, string subscription)
    {
        for (var tick = 1; socket.State == WebSocketState.Open && !_stop.IsCancellationRequested; tick++)
        {
            try
            {
                await SendAsync(socket, send, $$$"""{"jsonrpc":"2.0","method":"tick","params":{"subscription":"{{{subscription}}}","result":{{{tick}}}}}""");
                await Task.Delay(100, _stop.Token);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
            {
                return;
            }
        }
    }

    private static async Task SendAsync(WebSocket socket, SemaphoreSlim gate, string json)
    {
        await gate.WaitAsync();
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            gate.Release();
        }
    }

    private static int FreePort()
    {
        var listener = System.Net.Sockets.TcpListener.Create(0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
