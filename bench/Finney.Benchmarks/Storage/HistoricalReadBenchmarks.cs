using BenchmarkDotNet.Attributes;
using Finney.Storage;
using Finney.Storage.Database;
using Finney.Storage.RocksDb;

namespace Finney.Benchmarks.Storage;

/// <summary>
/// 1,000 random reads from RocksDB on a state of 100,000 keys: at the head (flat column, one RocksDB get each)
/// and at a block 100 blocks back (walks its trie from the root: what state_getStorage at an old hash costs).
/// The node cache is cleared for the "cold" case by reopening the database.
/// </summary>
[MemoryDiagnoser]
public class HistoricalReadBenchmarks : IDisposable
{
    private const int StateKeys = 100_000;
    private const int Reads = 1_000;

    private string _directory = "";
    private StateDatabase? _database;
    private byte[] _oldBlock = [];
    private byte[][] _keys = [];

    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "finney-bench-" + Guid.NewGuid().ToString("N"));
        _database = RocksDbStateDatabase.Open(_directory, new StateDatabaseOptions { Pruning = StatePruning.KeepLast(256) });
        _oldBlock = StorageWorkload.Commit(_database, [.. StorageWorkload.SortedEntries(StateKeys, 7).Select(e => new StateChange(e.Key, e.Value))]).Hash;
        var random = new Random(3);
        for (var i = 0; i < 100; i++)
        {
            StorageWorkload.Commit(_database, StorageWorkload.Changes(100, StateKeys, random));
        }

        _keys = [.. Enumerable.Range(0, Reads).Select(_ => StorageWorkload.Key(random.Next(StateKeys)))];
    }

    [Benchmark(OperationsPerInvoke = Reads)]
    public int ReadAtHead() => ReadAll(_database!.StateAt(_database.Head!.Hash)!);

    [Benchmark(OperationsPerInvoke = Reads)]
    public int ReadAtBlock100Back() => ReadAll(_database!.StateAt(_oldBlock)!);

    [GlobalCleanup]
    public void Dispose()
    {
        _database?.Dispose();
        _database = null;
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    private int ReadAll(IStateReader state)
    {
        var total = 0;
        foreach (var key in _keys)
        {
            total += state.Get(key)!.Length;
        }

        return total;
    }
}
