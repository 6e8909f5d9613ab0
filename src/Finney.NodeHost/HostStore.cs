using Finney.Node.Chain;

namespace Finney.NodeHost;

/// <summary>Opens the node's database.</summary>
internal static class HostStore
{
    /// <summary>The database at <see cref="StorageOptions.DatabasePath"/>.</summary>
    /// <exception cref="NodeStartupException">The database cannot be opened.</exception>
    public static IChainStore Open(StorageOptions options)
    {
        if (options.IsTemporary)
        {
            return new MemoryChainStore();
        }

        throw new NodeStartupException(
            $"cannot open {options.DatabasePath}: the RocksDB database (docs/storage.md) is not part of this build yet; use --tmp");
    }
}
