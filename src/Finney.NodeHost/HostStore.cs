using Finney.Node.Chain;
using Finney.Storage.Database;
using Finney.Storage.RocksDb;

namespace Finney.NodeHost;

/// <summary>Opens the node's database.</summary>
internal static class HostStore
{
    /// <summary>
    /// The RocksDB database at <see cref="StorageOptions.DatabasePath"/>, a throw-away directory included
    /// (<c>--tmp</c>, as Substrate's temporary base path is still RocksDB).
    /// </summary>
    /// <exception cref="NodeStartupException">The database cannot be opened.</exception>
    public static IChainStore Open(StorageOptions options)
    {
        var pruning = options.StatePruning is { } keep ? StatePruning.KeepLast((int)Math.Min(keep, int.MaxValue)) : StatePruning.Archive;
        try
        {
            return new DatabaseChainStore(RocksDbStateDatabase.Open(options.DatabasePath, new StateDatabaseOptions { Pruning = pruning }));
        }
        catch (Exception e) when (e is InvalidOperationException or InvalidDataException or IOException or UnauthorizedAccessException or RocksDbSharp.RocksDbException)
        {
            throw new NodeStartupException($"cannot open the database at {options.DatabasePath}: {e.Message}", e);
        }
    }
}
