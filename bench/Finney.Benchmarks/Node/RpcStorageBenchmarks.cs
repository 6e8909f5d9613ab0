using System.Net.WebSockets;
using System.Text;
using BenchmarkDotNet.Attributes;
using Finney.Node;
using Finney.Node.Chain;
using Finney.Node.Rpc.Server;
using Finney.Primitives.Encoding;
using Finney.Rpc.Dto;
using Finney.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Finney.Benchmarks.Node;

/// <summary>
/// <c>state_getStorage</c> over one WebSocket to a real Kestrel server on loopback, with
/// <see cref="InFlight"/> requests pipelined (the way the Python SDK fires them). One operation = one
/// request answered; requests/s = 1 / mean.
/// </summary>
[MemoryDiagnoser]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet releases them in GlobalCleanup.")]
public class RpcStorageBenchmarks
{
    private const int Requests = 2000;

    private WebApplication? _app;
    private DevNode? _node;
    private ClientWebSocket? _socket;
    private byte[][] _requests = [];
    private readonly byte[] _receiveBuffer = new byte[64 * 1024];

    /// <summary>Requests sent before waiting for answers.</summary>
    [Params(1, 64)]
    public int InFlight { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var keys = Enumerable.Range(0, 1000).Select(i => BitConverter.GetBytes(i * 7919).Concat(new byte[28]).ToArray()).ToArray();
        var spec = new ChainSpec("Bittensor", "bench", "Development", new SystemPropertiesDto(42, 9, "TAO"),
            () => [.. keys.Select(k => new StateChange(k, new byte[80]))]);
        _node = new DevNode(new MemoryChainStore(), new StorageOnlyRuntime(), spec, new DevNodeOptions { Rpc = new RpcOptions { Port = 0 } }, TimeProvider.System, NullLoggerFactory.Instance);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        RpcHosting.ConfigureKestrel(builder, _node.Options.Rpc);
        _app = builder.Build();
        RpcHosting.MapEndpoint(_app, _node.Endpoint);
        _app.StartAsync().GetAwaiter().GetResult();
        _socket = new ClientWebSocket();
        _socket.ConnectAsync(new Uri($"ws://127.0.0.1:{RpcHosting.BoundPort(_app)}"), CancellationToken.None).GetAwaiter().GetResult();
        _requests = [.. Enumerable.Range(0, Requests).Select(i =>
            Encoding.UTF8.GetBytes($$"""{"jsonrpc":"2.0","id":{{i}},"method":"state_getStorage","params":["{{Hex.Encode(keys[i % keys.Length])}}"]}"""))];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _socket?.Dispose();
        _app?.StopAsync().GetAwaiter().GetResult();
        _node?.Dispose();
    }

    [Benchmark(OperationsPerInvoke = Requests)]
    public async Task GetStorage()
    {
        var sent = 0;
        var received = 0;
        while (received < Requests)
        {
            while (sent < Requests && sent - received < InFlight)
            {
                await _socket!.SendAsync(_requests[sent++], WebSocketMessageType.Text, true, CancellationToken.None);
            }

            ValueWebSocketReceiveResult result;
            do
            {
                result = await _socket!.ReceiveAsync(_receiveBuffer.AsMemory(), CancellationToken.None);
            }
            while (!result.EndOfMessage);
            received++;
        }
    }
}
