using Finney.Node;
using Finney.Node.Chain;
using Finney.Node.Runtime;
using Finney.Node.Rpc.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Spectre.Console.Cli;

namespace Finney.NodeHost;

/// <summary>Runs the node: validates the flags, opens the database, starts RPC, authors blocks until stopped.</summary>
internal sealed class NodeCommand : AsyncCommand<NodeSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, NodeSettings settings, CancellationToken cancellationToken)
    {
        IRuntimeApi runtime;
        ChainSpec spec;
        try
        {
            (runtime, spec) = HostRuntime.Load(settings);
        }
        catch (NodeStartupException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return 1;
        }

        var configuration = NodeConfiguration.From(settings, spec.Id);
        if (configuration.Validate() is { Count: > 0 } problems)
        {
            foreach (var problem in problems)
            {
                await Console.Error.WriteLineAsync($"error: {problem}").ConfigureAwait(false);
            }

            return 2;
        }

        try
        {
            return await RunAsync(configuration, runtime, spec).ConfigureAwait(false);
        }
        catch (NodeStartupException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return 1;
        }
        finally
        {
            if (configuration.Storage.IsTemporary)
            {
                DeleteTemporaryBasePath(configuration.Storage.DatabasePath);
            }
        }
    }

    private static async Task<int> RunAsync(NodeConfiguration configuration, IRuntimeApi runtime, ChainSpec spec)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.FormatterName = SubstrateConsoleFormatter.FormatterName);
        builder.Logging.AddConsoleFormatter<SubstrateConsoleFormatter, ConsoleFormatterOptions>();
        configuration.Log.Apply(builder.Logging);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        RpcHosting.ConfigureKestrel(builder, configuration.Node.Rpc);
        var app = builder.Build();
        await using (app.ConfigureAwait(false))
        {
            var loggers = app.Services.GetRequiredService<ILoggerFactory>();
            var log = loggers.CreateLogger("substrate");
            HostLog.Banner(log, configuration, spec.Name);
            using var node = new DevNode(HostStore.Open(configuration.Storage), runtime, spec, configuration.Node, TimeProvider.System, loggers);
            RpcHosting.MapEndpoint(app, node.Endpoint);
            await app.StartAsync().ConfigureAwait(false);
            var address = $"{(configuration.Node.Rpc.External ? "0.0.0.0" : "127.0.0.1")}:{RpcHosting.BoundPort(app)}";
            HostLog.Rpc(log, address, configuration.Node.Rpc.AllowAnyOrigin ? "[\"*\"]" : "[]");
            var stopping = app.Lifetime.ApplicationStopping;
            var running = node.RunAsync(stopping);
            await app.WaitForShutdownAsync().ConfigureAwait(false);
            await running.ConfigureAwait(false);
            return 0;
        }
    }

    private static void DeleteTemporaryBasePath(string databasePath)
    {
        // The database is <tmp>/chains/<id>/db; the throw-away base path is three levels up.
        var basePath = Directory.GetParent(databasePath)?.Parent?.Parent?.FullName;
        if (basePath is not null && Directory.Exists(basePath) && Path.GetFileName(basePath).StartsWith("finney-node-", StringComparison.Ordinal))
        {
            Directory.Delete(basePath, recursive: true);
        }
    }
}
