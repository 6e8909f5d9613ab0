using BenchmarkDotNet.Attributes;
using Finney.Node;
using Finney.Node.Authoring;
using Finney.Node.Chain;
using Finney.Node.Runtime;
using Finney.Node.TxPool;
using Finney.Runtime;
using Microsoft.Extensions.Logging.Abstractions;

namespace Finney.Benchmarks.Node;

/// <summary>
/// The node's whole path for <see cref="Transfers"/> signed transfers: submitted to the pool (each validated by
/// the runtime, signature included) from two threads, then authored into blocks (applied, state root, seal,
/// commit, pool update) until the pool is empty. Transfers per second = Transfers / mean.
/// </summary>
[MemoryDiagnoser]
public class PoolToChainBenchmarks : IDisposable
{
    private TransferWorkload? _workload;
    private DevNode? _node;
    private byte[][] _transfers = [];

    /// <summary>Transfers submitted.</summary>
    [Params(5000)]
    public int Transfers { get; set; }

    [GlobalSetup]
    public void Setup() => _workload = new TransferWorkload(1000);

    [IterationSetup]
    public void CreateNode()
    {
        var runtime = FinneyRuntime.Instance;
        _node = new DevNode(
            new MemoryChainStore(),
            new FinneyRuntimeApi(runtime),
            ChainSpecs.From(_workload!.Spec, runtime),
            new DevNodeOptions
            {
                Authoring = new AuthoringOptions { BlockTime = TimeSpan.FromSeconds(2), FinalityDelay = TimeSpan.Zero },
                Pool = new TxPoolOptions { MaxTransactions = 20_000, MaxBytes = 64L * 1024 * 1024, MaxFuture = 20_000 },
            },
            TimeProvider.System,
            NullLoggerFactory.Instance);
        _transfers = _workload.Transfers(Transfers, _node.Chain.GenesisHash, _ => 0);
    }

    [IterationCleanup]
    public void DisposeNode()
    {
        _node?.Dispose();
        _node = null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        DisposeNode();
        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public uint SubmitAndAuthor()
    {
        var node = _node!;
        var rejected = 0;
        Parallel.ForEach(_transfers, new ParallelOptions { MaxDegreeOfParallelism = 2 }, transfer =>
        {
            if (!node.Pool.Submit(transfer).IsAccepted)
            {
                Interlocked.Increment(ref rejected);
            }
        });

        if (rejected > 0)
        {
            throw new InvalidOperationException($"{rejected} transfers were rejected by the pool");
        }

        while (node.Pool.Count > 0)
        {
            node.Authoring.AuthorBlock();
        }

        return node.Chain.Best.Number;
    }
}
