using BenchmarkDotNet.Attributes;
using Finney.Node.Blocks;
using Finney.Node.Chain;
using Finney.Runtime;
using Finney.Storage;

namespace Finney.Benchmarks.Node;

/// <summary>
/// One block of <see cref="Transfers"/> signed transfers on the Finney runtime, from genesis each time:
/// building it as the author does (apply each, finalize) and importing it as a follower does (execute and
/// check). Worst case per transfer: each has its own sender and is verified (sr25519) when applied.
/// Transfers per second = Transfers / mean.
/// </summary>
[MemoryDiagnoser]
public class BlockImportBenchmarks
{
    private MemoryState _genesis = new();
    private BlockRef _parent;
    private byte[][] _transfers = [];
    private Finney.Runtime.Blocks.Block? _block;

    /// <summary>Transfers in the block.</summary>
    [Params(1, 100, 1000, 5000)]
    public int Transfers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var workload = new TransferWorkload(Transfers);
        var runtime = FinneyRuntime.Instance;
        var genesis = runtime.BuildGenesis(workload.Spec);
        _genesis = genesis.ToMemoryState();
        var header = new BlockHeader(Hash256.Zero, 0, StateRoots.Of(_genesis), StateRoots.OfExtrinsics([]), []);
        var genesisHash = header.Hash();
        _parent = new BlockRef(0, genesisHash.ToArray());
        _transfers = workload.Transfers(Transfers, genesisHash, _ => 0);
        var built = Build();
        if (built.Extrinsics.Count != Transfers + 1)
        {
            throw new InvalidOperationException($"only {built.Extrinsics.Count - 1} of {Transfers} transfers went into the block");
        }

        _block = new Finney.Runtime.Blocks.Block(built.Header, built.Extrinsics);
    }

    [Benchmark]
    public BuiltBlock Build()
    {
        var runtime = FinneyRuntime.Instance;
        var builder = runtime.BuildBlock(_genesis, _parent, runtime.NextTimestamp(_genesis, 1_700_000_000_000));
        foreach (var transfer in _transfers)
        {
            builder.Apply(transfer);
        }

        return builder.Finish();
    }

    [Benchmark]
    public Finney.Runtime.ImportedBlock Import() => FinneyRuntime.Instance.ImportBlock(_genesis, _block!);
}
