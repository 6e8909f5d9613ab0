using BenchmarkDotNet.Attributes;
using Finney.Primitives.Hashing;
using Finney.Primitives.Keys;
using Finney.Runtime;
using Finney.Runtime.Balances;
using Finney.Runtime.Extrinsics;
using Finney.Runtime.Genesis;
using Finney.Storage;

namespace Finney.Benchmarks.Runtime.Transfers;

/// <summary>
/// The runtime's share of importing signed transfers (docs/performance.md, "Runtime"): a block of
/// <see cref="Count"/> <c>transfer_keep_alive</c>s from distinct funded senders to existing accounts, each with
/// its signature checked, fee withdrawn and paid to the author, nonce bumped and events emitted; then the block
/// finalized and its state changes collected. The node's goal is 5,000 transfers/s end to end on 2 cores, so the
/// runtime must stay well under 200 µs per transfer. Also the pool's validation and the decoder alone.
/// </summary>
[MemoryDiagnoser]
public class SignedTransferBenchmarks
{
    private const int Count = 1_000;

    private readonly FinneyRuntime _runtime = FinneyRuntime.Instance;
    private MemoryState _genesis = null!;
    private BlockRef _head;
    private byte[][] _transfers = [];

    [Params(KeyScheme.Sr25519, KeyScheme.Ed25519)]
    public KeyScheme Scheme { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var keys = Enumerable.Range(0, Count).Select(i => KeyPairs.FromSeed(Blake2b.Hash256(BitConverter.GetBytes(i)), Scheme)).ToArray();
        var author = keys[0].AccountId;
        var spec = new ChainSpec("Bittensor", "bench", "Development", ChainProperties.Bittensor, [.. keys.Select(k => (k.AccountId, 1_000_000_000_000UL))], null, [author]);
        var genesis = _runtime.BuildGenesis(spec);
        _genesis = genesis.ToMemoryState();
        _head = new BlockRef(0, genesis.Header.Hash());
        var version = _runtime.Version;
        _transfers = keys.Select((key, i) => UncheckedExtrinsic.Sign(
            key,
            new TransferKeepAlive(MultiAddress.Id(keys[(i + 1) % Count].AccountId), 1_000_000_000),
            new SignedExtra(Era.Immortal, 0, 0),
            new SignedImplicit(version.SpecVersion, version.TransactionVersion, _head.Hash, _head.Hash))).ToArray();
        foreach (var key in keys)
        {
            key.Dispose();
        }

        var check = ApplyBlock();
        if (check != Count)
        {
            throw new InvalidOperationException($"only {check} of {Count} transfers succeeded");
        }
    }

    /// <summary>Builds a block of all transfers over genesis, per transfer.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int ApplyBlock()
    {
        var builder = _runtime.BuildBlock(_genesis, _head, 1_700_000_004_000);
        var succeeded = 0;
        foreach (var transfer in _transfers)
        {
            succeeded += builder.Apply(transfer).Result.IsSuccess ? 1 : 0;
        }

        var block = builder.Finish();
        return block.Changes.Count > Count ? succeeded : throw new InvalidOperationException("missing changes");
    }

    /// <summary>Validates every transfer as the pool does, per transfer.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int Validate()
    {
        var valid = 0;
        foreach (var transfer in _transfers)
        {
            valid += _runtime.ValidateTransaction(_genesis, _head, transfer).IsValid ? 1 : 0;
        }

        return valid == Count ? valid : throw new InvalidOperationException("invalid transfer");
    }

    /// <summary>
    /// Verifies every transfer's signature over its payload and nothing else, per transfer: the floor the other
    /// benchmarks include, measured in the same run so the runtime's own share can be read off under any load.
    /// </summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int VerifyOnly()
    {
        var version = _runtime.Version;
        var @implicit = new SignedImplicit(version.SpecVersion, version.TransactionVersion, _head.Hash, _head.Hash);
        var valid = 0;
        foreach (var transfer in _transfers)
        {
            var xt = UncheckedExtrinsic.Decode(transfer);
            var signature = xt.Signature!;
            signature.Address.TryLookup(out var signer);
            valid += signature.Signature.Verify(SigningPayload.Build(xt.CallBytes, xt.ExtraBytes, @implicit), signer) ? 1 : 0;
        }

        return valid == Count ? valid : throw new InvalidOperationException("bad signature");
    }

    /// <summary>Decodes every transfer (no signature check), per transfer.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int Decode()
    {
        var total = 0;
        foreach (var transfer in _transfers)
        {
            total += UncheckedExtrinsic.Decode(transfer).Encoded.Length;
        }

        return total;
    }
}
