using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Finney.Node.Rpc.Server;

/// <summary>Puts the RPC endpoint on Kestrel: one port, 127.0.0.1 unless external, WebSocket and HTTP.</summary>
public static class RpcHosting
{
    /// <summary>Binds Kestrel to the RPC address and applies the request limit.</summary>
    public static void ConfigureKestrel(WebApplicationBuilder builder, RpcOptions options)
    {
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes;
            kestrel.Listen(options.External ? IPAddress.Any : IPAddress.Loopback, options.Port);
        });
    }

    /// <summary>Routes every request of <paramref name="app"/> to <paramref name="endpoint"/>.</summary>
    public static void MapEndpoint(WebApplication app, RpcEndpoint endpoint)
    {
        app.UseWebSockets();
        app.Run(endpoint.InvokeAsync);
    }

    /// <summary>The port Kestrel actually listens on (the chosen one when the options said 0).</summary>
    public static int BoundPort(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("The server has no addresses yet: call this after the app started.");
        var address = addresses.First();
        return new Uri(address.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal)).Port;
    }
}
