using BenchmarkDotNet.Attributes;
using Finney.Storage;
using Finney.Storage.Database;
using Finney.Storage.RocksDb;

namespace Finney.Benchmarks.Storage;

/// <summary>
/// One block committed to RocksDB on a state of 100,000 keys: the incremental state root over the changed paths
/// (<see cref="IStateDatabase.PrepareUpdate"/>) plus the synced write batch with nodes, reference counts, flat
/// state, block and pointers (<see cref="IStateDatabase.Commit"/>). Worst case named: every change hits a
/// different random key, so no trie path is shared beyond the top levels.
/// </summary>
[MemoryDiagnoser]
public class BlockCommitBenchmarks : IDisposable
{
    private const int StateKeys = 100_000;

    private string _directory = "";
    private StateDatabase? _database;
    private Random _random = new(1);
    private List<StateChange> _changes = [];

    /// <summary>Keys changed by the block.</summary>
    [Params(10, 1_000, 10_000)]
    public int Changes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "finney-bench-" + Guid.NewGuid().ToString("N"));
        _database = RocksDbStateDatabase.Open(_directory, new StateDatabaseOptions { Pruning = StatePruning.KeepLast(256) });
        StorageWorkload.Commit(_database, [.. StorageWorkload.SortedEntries(StateKeys, 7).Select(e => new StateChange(e.Key, e.Value))]);
        _random = new Random(Changes);
    }

    [IterationSetup]
    public void NextChanges() => _changes = StorageWorkload.Changes(Changes, StateKeys, _random);

    [Benchmark]
    public uint PrepareAndCommit() => StorageWorkload.Commit(_database!, _changes).Number;

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
}
