using BenchmarkDotNet.Attributes;
using Finney.Primitives.Hashing;

namespace Finney.Benchmarks.Primitives;

/// <summary>Keccak-256 on a proof-of-work-sized input and on 1 KiB; the permutation dominates both.</summary>
[MemoryDiagnoser]
public class KeccakBenchmarks
{
    private readonly byte[] _input64 = Enumerable.Range(0, 64).Select(i => (byte)i).ToArray();
    private readonly byte[] _input1K = Enumerable.Range(0, 1024).Select(i => (byte)i).ToArray();
    private readonly byte[] _output = new byte[32];
    private readonly ulong[] _state = new ulong[25];

    [Benchmark]
    public void Keccak256_64Bytes() => Keccak256.Hash(_input64, _output);

    [Benchmark]
    public void Keccak256_1KiB() => Keccak256.Hash(_input1K, _output);

    [Benchmark]
    public void Permutation() => KeccakF1600.Permute(_state);
}
