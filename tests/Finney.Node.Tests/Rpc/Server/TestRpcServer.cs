using System.Net.WebSockets;
using Finney.Node.Rpc.Server;
using Finney.Rpc.Dto;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Finney.Node.Tests.Rpc.Server;

/// <summary>A real Kestrel RPC server on a free loopback port, serving the given method table.</summary>
internal sealed class TestRpcServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestRpcServer(WebApplication app, RpcEndpoint endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    public RpcEndpoint Endpoint { get; }

    public int Port { get; private set; }

    public Uri WebSocketUri => new($"ws://127.0.0.1:{Port}");

    public Uri HttpUri => new($"http://127.0.0.1:{Port}");

    public static Task<TestRpcServer> StartAsync(RpcMethodTable methods, RpcOptions? options = null)
    {
        options = (options ?? new RpcOptions()) with { Port = 0 };
        var endpoint = new RpcEndpoint(new RpcDispatcher(methods, options, NullLogger.Instance), () => new SystemHealthDto(0, false, false), NullLogger.Instance);
        return StartAsync(endpoint, options);
    }

    public static async Task<TestRpcServer> StartAsync(RpcEndpoint endpoint, RpcOptions options)
    {
        options = options with { Port = 0 };
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        RpcHosting.ConfigureKestrel(builder, options);
        var app = builder.Build();
        RpcHosting.MapEndpoint(app, endpoint);
        await app.StartAsync();
        return new TestRpcServer(app, endpoint) { Port = RpcHosting.BoundPort(app) };
    }

    public async Task<RawSocket> ConnectAsync(Action<ClientWebSocketOptions>? configure = null)
    {
        var socket = new ClientWebSocket();
        configure?.Invoke(socket.Options);
        await socket.ConnectAsync(WebSocketUri, CancellationToken.None);
        return new RawSocket(socket);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
