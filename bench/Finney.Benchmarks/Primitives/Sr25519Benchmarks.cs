using BenchmarkDotNet.Attributes;
using Finney.Primitives.Crypto.Sr25519;

namespace Finney.Benchmarks.Primitives;

/// <summary>sr25519 costs that matter to the node (verify) and to tools (sign, key expansion, derivation).</summary>
[MemoryDiagnoser]
public class Sr25519Benchmarks
{
    private readonly byte[] _miniSecret = Enumerable.Range(0, 32).Select(i => (byte)(i * 11 + 5)).ToArray();
    private readonly byte[] _chainCode = Enumerable.Range(0, 32).Select(i => (byte)(i + 1)).ToArray();
    private readonly byte[] _message64 = Enumerable.Range(0, 64).Select(i => (byte)i).ToArray();
    private readonly byte[] _message256 = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
    private Sr25519Keypair _pair = null!;
    private byte[] _publicKey = null!;
    private byte[] _signature64 = null!;
    private byte[] _signature256 = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pair = Sr25519Keypair.FromMiniSecret(_miniSecret);
        _publicKey = _pair.PublicKey.ToArray();
        _signature64 = _pair.Sign(_message64);
        _signature256 = _pair.Sign(_message256);
        if (!Sr25519Signature.Verify(_publicKey, _message64, _signature64) || !Sr25519Signature.Verify(_publicKey, _message256, _signature256))
        {
            throw new InvalidOperationException("benchmark signatures do not verify");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _pair.Dispose();

    [Benchmark]
    public byte[] Sign64() => _pair.Sign(_message64);

    [Benchmark]
    public bool Verify64() => Sr25519Signature.Verify(_publicKey, _message64, _signature64);

    [Benchmark]
    public bool Verify256() => Sr25519Signature.Verify(_publicKey, _message256, _signature256);

    [Benchmark]
    public int KeypairFromMiniSecret()
    {
        using var pair = Sr25519Keypair.FromMiniSecret(_miniSecret);
        return pair.PublicKey[0];
    }

    [Benchmark]
    public int HardDerive()
    {
        using var child = _pair.HardDerive(_chainCode);
        return child.PublicKey[0];
    }
}
