using Microsoft.Extensions.Logging;

namespace Finney.NodeHost;

/// <summary>The startup lines, worded as a Substrate node's.</summary>
internal static partial class HostLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Finney Node")]
    public static partial void Title(ILogger logger);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "✌️  version {Version}")]
    public static partial void Version(ILogger logger, string version);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "📋 Chain specification: {Chain} ({Id})")]
    public static partial void Chain(ILogger logger, string chain, string id);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "🏷  Node name: {Name}")]
    public static partial void Name(ILogger logger, string name);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "👤 Role: AUTHORITY")]
    public static partial void Role(ILogger logger);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "💾 Database: {Kind} at {Database}")]
    public static partial void Database(ILogger logger, string kind, string database);

    [LoggerMessage(EventId = 7, Level = LogLevel.Information, Message = "Running JSON-RPC server: addr={Address}, allowed origins={Origins}")]
    public static partial void Rpc(ILogger logger, string address, string origins);

    /// <summary>The banner a Substrate node prints before anything else.</summary>
    public static void Banner(ILogger logger, NodeConfiguration configuration, string chainName)
    {
        Title(logger);
        Version(logger, configuration.Node.Identity.Version);
        Chain(logger, chainName, configuration.ChainId);
        Name(logger, configuration.Node.Identity.NodeName);
        Role(logger);
        Database(logger, "RocksDb", configuration.Storage.DatabasePath);
    }
}
