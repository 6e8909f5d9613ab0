using BenchmarkDotNet.Attributes;
using Finney.Primitives.Hashing;

namespace Finney.Benchmarks.Primitives;

/// <summary>
/// Hash throughput at the sizes the chain hashes most: 32-byte storage keys (twox128 of names, blake2_128
/// of account ids), 256-byte signing payloads, and 1 MiB blocks (blake2-256 of bodies and trie nodes).
/// </summary>
[MemoryDiagnoser]
public class HashBenchmarks
{
    private byte[] _data = null!;
    private readonly byte[] _output32 = new byte[32];
    private readonly byte[] _output16 = new byte[16];

    /// <summary>Input length in bytes.</summary>
    [Params(32, 256, 1 << 20)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = new byte[Size];
        new Random(Size).NextBytes(_data);
    }

    [Benchmark]
    public byte Blake2b256()
    {
        Blake2b.Hash(_data, _output32);
        return _output32[0];
    }

    [Benchmark]
    public byte Twox128()
    {
        Twox.Hash(_data, _output16);
        return _output16[0];
    }
}
