using BenchmarkDotNet.Attributes;
using Finney.Primitives.Scale;

namespace Finney.Benchmarks.Primitives;

/// <summary>
/// SCALE hot paths: a 4096-item <c>Vec&lt;u16&gt;</c> (the size of a subnet's weight or uid vector) through
/// the bulk little-endian path, and single compact integers in each mode.
/// </summary>
[MemoryDiagnoser]
public class ScaleBenchmarks : IDisposable
{
    private static readonly IScaleCodec<ushort[]> VecU16 = ScaleCodec.Vec(ScaleCodec.U16);

    private readonly ScaleWriter _writer = new(16 * 1024);
    private ushort[] _values = [];
    private byte[] _encoded = [];
    private byte[] _compacts = [];

    [GlobalSetup]
    public void Setup()
    {
        _values = Enumerable.Range(0, 4096).Select(i => (ushort)(i * 7919)).ToArray();
        _encoded = ScaleCodec.Encode(VecU16, _values);
        _compacts = [.. Compact.Encode(42), .. Compact.Encode(16_000), .. Compact.Encode(1_000_000_000), .. Compact.Encode(1_000_000_000_000_000_000)];
    }

    /// <summary>Returns the writer's pooled buffer.</summary>
    [GlobalCleanup]
    public void Dispose()
    {
        _writer.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Decodes the vector into a new array.</summary>
    [Benchmark]
    public ushort[] DecodeVecU16() => ScaleCodec.Decode(VecU16, _encoded);

    /// <summary>Encodes the vector into a reused writer: the codec's own cost.</summary>
    [Benchmark]
    public int EncodeVecU16IntoWriter()
    {
        _writer.Clear();
        VecU16.Encode(_writer, _values);
        return _writer.Length;
    }

    /// <summary>Encodes the vector into a new array, as <see cref="ScaleCodec.Encode{T}"/> callers do.</summary>
    [Benchmark]
    public byte[] EncodeVecU16ToArray() => ScaleCodec.Encode(VecU16, _values);

    /// <summary>Encodes four compact integers, one per mode (1, 2, 4 and 9 bytes).</summary>
    [Benchmark(OperationsPerInvoke = 4)]
    public int EncodeCompacts()
    {
        _writer.Clear();
        _writer.WriteCompact(42UL);
        _writer.WriteCompact(16_000UL);
        _writer.WriteCompact(1_000_000_000UL);
        _writer.WriteCompact(1_000_000_000_000_000_000UL);
        return _writer.Length;
    }

    /// <summary>Decodes the same four compact integers.</summary>
    [Benchmark(OperationsPerInvoke = 4)]
    public ulong DecodeCompacts()
    {
        var reader = new ScaleReader(_compacts);
        return reader.ReadCompactU64() + reader.ReadCompactU64() + reader.ReadCompactU64() + reader.ReadCompactU64();
    }
}
