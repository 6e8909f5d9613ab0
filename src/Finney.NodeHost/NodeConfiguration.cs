using Finney.Node;
using Finney.Node.Authoring;
using Finney.Node.Chain;
using Finney.Node.Rpc.Methods;
using Finney.Node.Rpc.Server;
using Finney.Node.TxPool;

namespace Finney.NodeHost;

/// <summary>The flags turned into each component's options record: the one place a flag meets a property.</summary>
internal sealed record NodeConfiguration(string ChainId, DevNodeOptions Node, StorageOptions Storage, LogFilter Log)
{
    /// <summary>Where the database goes when neither --base-path nor --tmp says.</summary>
    public static string DefaultBasePath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "finney-node");

    /// <summary>Builds the configuration for chain <paramref name="chainId"/>; <see cref="Validate"/> lists what is wrong with it.</summary>
    public static NodeConfiguration From(NodeSettings settings, string chainId)
    {
        var temporary = settings.Tmp || (settings.Dev && settings.BasePath is null);
        var basePath = temporary
            ? Path.Combine(Path.GetTempPath(), $"finney-node-{Guid.NewGuid():N}")
            : settings.BasePath ?? DefaultBasePath;
        var node = new DevNodeOptions
        {
            Rpc = new RpcOptions
            {
                Port = settings.RpcPort,
                External = settings.RpcExternal,
                MaxConnections = settings.RpcMaxConnections,
                MaxRequestBytes = settings.RpcMaxRequestSize * 1024 * 1024,
                MaxResponseBytes = settings.RpcMaxResponseSize * 1024 * 1024,
                MaxSubscriptionsPerConnection = settings.RpcMaxSubscriptions,
            },
            Pool = new TxPoolOptions
            {
                MaxTransactions = settings.PoolLimit,
                MaxBytes = settings.PoolKbytes * 1024L,
                MaxFuture = Math.Max(1, settings.PoolLimit / 10),
            },
            Authoring = new AuthoringOptions { BlockTime = settings.ParsedBlockTime ?? TimeSpan.FromSeconds(12) },
            Identity = new NodeIdentity { NodeName = settings.Name ?? "finney-dev" },
        };
        var storage = new StorageOptions
        {
            DatabasePath = Path.Combine(basePath, "chains", chainId, "db"),
            IsTemporary = temporary,
            StatePruning = settings.ParsedPruning,
        };
        return new NodeConfiguration(chainId, node, storage, LogFilter.Parse(settings.Log));
    }

    /// <summary>Every problem, in words a user can act on.</summary>
    public IReadOnlyList<string> Validate() => [.. Node.Validate(), .. Storage.Validate(), .. Log.Problems];
}
