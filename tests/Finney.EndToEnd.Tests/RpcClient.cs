using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace Finney.EndToEnd.Tests;

/// <summary>A small JSON-RPC client over one WebSocket: calls by id, notifications in a queue.</summary>
public sealed class RpcClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<long, TaskCompletionSource<JsonObject>> _pending = new();
    private readonly Channel<JsonObject> _notifications = Channel.CreateUnbounded<JsonObject>();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _closing = new();
    private Task? _reader;
    private long _nextId;

    /// <summary>Connects to <paramref name="uri"/>.</summary>
    public static async Task<RpcClient> ConnectAsync(Uri uri)
    {
        var client = new RpcClient();
        await client._socket.ConnectAsync(uri, CancellationToken.None);
        client._reader = client.ReadLoopAsync();
        return client;
    }

    /// <summary>Calls <paramref name="method"/>; returns the whole response (result or error).</summary>
    public async Task<JsonObject> CallAsync(string method, params object?[] parameters)
    {
        var id = Interlocked.Increment(ref _nextId);
        var completion = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = completion;
        var request = new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["id"] = id,
            ["method"] = method,
            ["params"] = new JsonArray([.. parameters.Select(p => p is JsonNode node ? node : JsonValue.Create(p))]),
        };
        await SendRawAsync(request.ToJsonString());
        return await completion.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>Calls and returns the result, failing on an error response.</summary>
    public async Task<JsonNode?> ResultAsync(string method, params object?[] parameters)
    {
        var response = await CallAsync(method, parameters);
        if (response["error"] is { } error)
        {
            throw new InvalidOperationException($"{method} failed: {error.ToJsonString()}");
        }

        return response["result"];
    }

    /// <summary>Sends text as it is.</summary>
    public async Task SendRawAsync(string text)
    {
        await _sendLock.WaitAsync();
        try
        {
            await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Sends bytes as a binary frame.</summary>
    public async Task SendBinaryAsync(byte[] bytes)
    {
        await _sendLock.WaitAsync();
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Binary, true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>The next notification of <paramref name="method"/>, skipping others.</summary>
    public async Task<JsonObject> NextNotificationAsync(string method, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (true)
        {
            var notification = await _notifications.Reader.ReadAsync(cancel.Token);
            if (notification["method"]?.GetValue<string>() == method)
            {
                return notification;
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _closing.CancelAsync();
        try
        {
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(2));
        }
        catch (Exception e) when (e is WebSocketException or TimeoutException or OperationCanceledException)
        {
            // Gone already.
        }

        if (_reader is not null)
        {
            await _reader.WaitAsync(TimeSpan.FromSeconds(2)).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        _socket.Dispose();
        _sendLock.Dispose();
        _closing.Dispose();
    }

    private async Task ReadLoopAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (!_closing.IsCancellationRequested)
            {
                var result = await _socket.ReceiveAsync(buffer, _closing.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                var parsed = JsonNode.Parse(message.ToArray());
                message.SetLength(0);
                Dispatch(parsed);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // Closing.
        }

        foreach (var pending in _pending.Values)
        {
            pending.TrySetException(new InvalidOperationException("the connection closed"));
        }
    }

    private void Dispatch(JsonNode? parsed)
    {
        foreach (var item in parsed is JsonArray batch ? [.. batch] : new[] { parsed })
        {
            if (item is not JsonObject response)
            {
                continue;
            }

            if (response["id"] is JsonValue id && id.TryGetValue<long>(out var number) && _pending.TryRemove(number, out var completion))
            {
                completion.TrySetResult(response);
            }
            else if (response.ContainsKey("method"))
            {
                _notifications.Writer.TryWrite(response);
            }
        }
    }
}
