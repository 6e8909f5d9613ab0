using System.Text.Json;
using Finney.Rpc;
using Finney.Rpc.Dto;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Finney.Node.Rpc.Server;

/// <summary>
/// The one Kestrel endpoint: WebSocket upgrades and HTTP POSTs on the same port and path, like
/// Substrate's server, plus <c>GET /health</c>. Connections beyond the limit get HTTP 429 with a
/// JSON-RPC error body.
/// </summary>
public sealed class RpcEndpoint
{
    private readonly RpcDispatcher _dispatcher;
    private readonly ILogger _logger;
    private readonly ConnectionGate _gate;
    private readonly Func<SystemHealthDto> _health;
    private long _connections;

    /// <summary>An endpoint dispatching to <paramref name="dispatcher"/>; <paramref name="health"/> answers <c>/health</c>.</summary>
    public RpcEndpoint(RpcDispatcher dispatcher, Func<SystemHealthDto> health, ILogger logger)
    {
        _dispatcher = dispatcher;
        _health = health;
        _logger = logger;
        _gate = new ConnectionGate(dispatcher.Options.MaxConnections);
    }

    /// <summary>Open WebSocket connections plus in-flight HTTP requests.</summary>
    public int OpenConnections => _gate.Open;

    /// <summary>Handles one HTTP request (the whole pipeline of the RPC port).</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        var options = _dispatcher.Options;
        if (options.AllowAnyOrigin)
        {
            context.Response.Headers.AccessControlAllowOrigin = "*";
            context.Response.Headers.AccessControlAllowHeaders = "content-type";
            context.Response.Headers.AccessControlAllowMethods = "POST, GET, OPTIONS";
        }

        if (HttpMethods.IsOptions(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return;
        }

        if (HttpMethods.IsGet(context.Request.Method) && context.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal))
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(context.Response.Body, _health(), RpcJsonContext.Default.SystemHealthDto, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        if (!_gate.TryEnter())
        {
            RpcLog.TooManyConnections(_logger, _gate.Open, _gate.Limit);
            await WriteJsonAsync(
                context,
                StatusCodes.Status429TooManyRequests,
                RpcDispatcher.ErrorResponse(default, JsonRpcError.ServerIsBusy($"too many connections (limit {_gate.Limit})"))).ConfigureAwait(false);
            return;
        }

        try
        {
            if (context.WebSockets.IsWebSocketRequest)
            {
                await ServeWebSocketAsync(context).ConfigureAwait(false);
            }
            else if (HttpMethods.IsPost(context.Request.Method))
            {
                await ServeHttpAsync(context).ConfigureAwait(false);
            }
            else
            {
                context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                context.Response.Headers.Allow = "POST, GET";
            }
        }
        finally
        {
            _gate.Exit();
        }
    }

    private async Task ServeWebSocketAsync(HttpContext context)
    {
        using var socket = await context.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext
        {
            KeepAliveInterval = _dispatcher.Options.PingInterval,
            DangerousEnableCompression = false,
        }).ConfigureAwait(false);
        var number = Interlocked.Increment(ref _connections);
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            var remote = context.Connection.RemoteIpAddress?.ToString() ?? "?";
            RpcLog.ConnectionOpened(_logger, number, remote);
        }
        await new WebSocketSession(socket, _dispatcher, _logger, number).RunAsync(context.RequestAborted).ConfigureAwait(false);
    }

    private async Task ServeHttpAsync(HttpContext context)
    {
        var limit = _dispatcher.Options.MaxRequestBytes;
        var body = await ReadBodyAsync(context.Request, limit, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            await WriteJsonAsync(context, StatusCodes.Status413PayloadTooLarge, RpcDispatcher.ErrorResponse(default, JsonRpcError.OversizedRequest(limit))).ConfigureAwait(false);
            return;
        }

        var response = await _dispatcher.DispatchAsync(body, connection: null, [], context.RequestAborted).ConfigureAwait(false);
        if (response is null)
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        await WriteJsonAsync(context, StatusCodes.Status200OK, response).ConfigureAwait(false);
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var body = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (body.Length + read > limit)
            {
                return null;
            }

            body.Write(chunk, 0, read);
        }

        return body.ToArray();
    }

    private static async Task WriteJsonAsync(HttpContext context, int status, byte[] json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = json.Length;
        await context.Response.Body.WriteAsync(json, context.RequestAborted).ConfigureAwait(false);
    }
}
