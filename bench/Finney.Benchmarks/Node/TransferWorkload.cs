using Finney.Node.Blocks;
using Finney.Primitives.Keys;
using Finney.Runtime;
using Finney.Runtime.Balances;
using Finney.Runtime.Extrinsics;
using Finney.Runtime.Genesis;

namespace Finney.Benchmarks.Node;

/// <summary>
/// Signed <c>Balances.transfer_keep_alive</c> extrinsics from many funded senders: the load the node's
/// figures are measured with. Senders are sr25519 keys //bench//0 … each holding 1,000,000 TAO at genesis.
/// </summary>
internal sealed class TransferWorkload
{
    private const ulong Tao = 1_000_000_000;

    private readonly IKeyPair[] _senders;
    private readonly IKeyPair _recipient = KeyPairs.FromUri("//Bob", KeyScheme.Sr25519);

    public TransferWorkload(int senders)
    {
        _senders = [.. Enumerable.Range(0, senders).Select(i => KeyPairs.FromUri($"//bench//{i}", KeyScheme.Sr25519))];
        var alice = KeyPairs.FromUri("//Alice", KeyScheme.Sr25519).AccountId;
        Spec = new ChainSpec(
            "Bittensor",
            "bench",
            "Development",
            ChainProperties.Bittensor,
            [.. _senders.Select(s => (s.AccountId, 1_000_000 * Tao)), (alice, 1_000_000 * Tao)],
            alice,
            [alice]);
    }

    /// <summary>The runtime's chain spec funding every sender.</summary>
    public ChainSpec Spec { get; }

    /// <summary><paramref name="count"/> transfers, round-robin over the senders, nonces from <paramref name="firstNonces"/> on.</summary>
    public byte[][] Transfers(int count, Hash256 genesis, Func<int, uint> firstNonces)
    {
        var version = FinneyRuntime.Instance.Version;
        var genesisBytes = genesis.ToArray();
        var @implicit = new SignedImplicit(version.SpecVersion, version.TransactionVersion, genesisBytes, genesisBytes);
        var call = new TransferKeepAlive(MultiAddress.Id(_recipient.AccountId), Tao);
        var result = new byte[count][];
        Parallel.For(0, count, i =>
        {
            var sender = i % _senders.Length;
            var nonce = firstNonces(sender) + (uint)(i / _senders.Length);
            result[i] = UncheckedExtrinsic.Sign(_senders[sender], call, new SignedExtra(Era.Immortal, nonce, 0), @implicit);
        });
        return result;
    }

    /// <summary>The sender of index <paramref name="index"/>.</summary>
    public IKeyPair Sender(int index) => _senders[index];

    /// <summary>Number of senders.</summary>
    public int SenderCount => _senders.Length;
}
