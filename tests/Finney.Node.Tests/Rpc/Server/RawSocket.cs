using System.Net.WebSockets;
using System.Text;

namespace Finney.Node.Tests.Rpc.Server;

/// <summary>A WebSocket client that sends and receives raw JSON text, with a timeout on every receive.</summary>
internal sealed class RawSocket(ClientWebSocket socket) : IDisposable
{
    public ClientWebSocket Socket => socket;

    public Task SendAsync(string text) => socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    public Task SendBytesAsync(byte[] bytes, WebSocketMessageType type = WebSocketMessageType.Binary) =>
        socket.SendAsync(bytes, type, true, CancellationToken.None);

    public async Task<string> ReceiveAsync(int timeoutMs = 5000)
    {
        using var timeout = new CancellationTokenSource(timeoutMs);
        using var stream = new MemoryStream();
        var buffer = new byte[64 * 1024];
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new InvalidOperationException($"closed: {result.CloseStatus} {result.CloseStatusDescription}");
            }

            stream.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public async Task<string> CallAsync(string request)
    {
        await SendAsync(request);
        return await ReceiveAsync();
    }

    public void Dispose() => socket.Dispose();
}
