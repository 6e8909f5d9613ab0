using BenchmarkDotNet.Attributes;
using Finney.Storage;
using Finney.Storage.Database;
using Finney.Storage.Trie;

namespace Finney.Benchmarks.Storage;

/// <summary>
/// The state root of 100,000 keys computed from scratch (<see cref="TrieRoot.StateRootV1"/>: genesis, or a
/// check of an imported state) against the incremental root of a block changing 1,000 of them
/// (<see cref="IStateDatabase.PrepareUpdate"/> on an in-memory database, nothing written).
/// </summary>
[MemoryDiagnoser]
public class TrieRootBenchmarks : IDisposable
{
    private const int StateKeys = 100_000;

    private List<KeyValuePair<byte[], byte[]>> _entries = [];
    private StateDatabase? _database;
    private List<StateChange> _changes = [];

    [GlobalSetup]
    public void Setup()
    {
        _entries = StorageWorkload.SortedEntries(StateKeys, 7);
        _database = StateDatabase.InMemory(new StateDatabaseOptions { Pruning = StatePruning.KeepLast(16) });
        StorageWorkload.Commit(_database, [.. _entries.Select(e => new StateChange(e.Key, e.Value))]);
        _changes = StorageWorkload.Changes(1_000, StateKeys, new Random(5));
    }

    [Benchmark]
    public byte[] FullRoot100kKeys() => TrieRoot.StateRootV1(_entries);

    [Benchmark]
    public byte[] IncrementalRoot1kChangesOn100kKeys() => _database!.PrepareUpdate(_database.Head!.Hash, _changes).Root;

    [GlobalCleanup]
    public void Dispose()
    {
        _database?.Dispose();
        _database = null;
        GC.SuppressFinalize(this);
    }
}
