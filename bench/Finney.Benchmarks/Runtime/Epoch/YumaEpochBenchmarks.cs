using BenchmarkDotNet.Attributes;
using Finney.Cli.Yuma;
using Finney.Runtime.Subtensor.Epoch;

namespace Finney.Benchmarks.Runtime.Epoch;

/// <summary>
/// One Yuma epoch on the two shapes (docs/performance.md, "Yuma epoch"): 4096 uids with 128 validators each
/// weighting every uid (goal ≤ 20 ms), and 65,536 uids with 256 validators × 4096 weights (goal ≤ 250 ms).
/// The worst case is the steady state: every validator permitted, active and holding bonds on its weighted uids.
/// </summary>
[MemoryDiagnoser]
public class YumaEpochBenchmarks
{
    private EpochInput _input = null!;

    [Params("4096x128x4096", "65536x256x4096")]
    public string Shape { get; set; } = "";

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var parts = Shape.Split('x').Select(int.Parse).ToArray();
        _input = SyntheticSubnet.Create(parts[0], parts[1], parts[2]);
    }

    [Benchmark]
    public EpochOutput Epoch()
    {
        var output = YumaConsensus.Run(_input, parallelism: Threads);
        return output.Incentive.Length == _input.NeuronCount ? output : throw new InvalidOperationException("wrong output size");
    }
}
