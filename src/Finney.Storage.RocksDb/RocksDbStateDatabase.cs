using Finney.Storage.Database;

namespace Finney.Storage.RocksDb;

/// <summary>Opens the node's <see cref="StateDatabase"/> on RocksDB.</summary>
public static class RocksDbStateDatabase
{
    /// <summary>
    /// Opens (creating when missing) the state database in <paramref name="path"/>. After a crash it reopens at the
    /// last committed block. One process at a time: RocksDB locks the directory.
    /// </summary>
    public static StateDatabase Open(string path, StateDatabaseOptions? options = null)
    {
        var store = RocksDbKeyValueStore.Open(path);
        try
        {
            return new StateDatabase(store, options);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }
}
