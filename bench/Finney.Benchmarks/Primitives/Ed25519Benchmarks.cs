using BenchmarkDotNet.Attributes;
using Finney.Primitives.Crypto.Ed25519;

namespace Finney.Benchmarks.Primitives;

/// <summary>ed25519 verification (MultiSignature variant 0) and signing, over a transfer-sized payload.</summary>
[MemoryDiagnoser]
public class Ed25519Benchmarks
{
    private readonly byte[] _message = Enumerable.Range(0, 128).Select(i => (byte)i).ToArray();
    private Ed25519Keypair _pair = null!;
    private byte[] _publicKey = null!;
    private byte[] _signature = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pair = Ed25519Keypair.FromSeed(Enumerable.Range(0, 32).Select(i => (byte)(i * 3)).ToArray());
        _publicKey = _pair.PublicKey.ToArray();
        _signature = _pair.Sign(_message);
        if (!Ed25519Keypair.Verify(_publicKey, _message, _signature))
        {
            throw new InvalidOperationException("benchmark signature does not verify");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _pair.Dispose();

    [Benchmark]
    public bool Verify() => Ed25519Keypair.Verify(_publicKey, _message, _signature);

    [Benchmark]
    public byte[] Sign() => _pair.Sign(_message);
}
