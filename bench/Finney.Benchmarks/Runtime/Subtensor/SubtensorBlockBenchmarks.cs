using BenchmarkDotNet.Attributes;
using Finney.Primitives.Accounts;
using Finney.Runtime;
using Finney.Runtime.Genesis;
using Finney.Runtime.Kernel;
using Finney.Runtime.Subtensor.Emission;
using Finney.Runtime.Subtensor.Hyperparameters;
using Finney.Runtime.Subtensor.Weights;
using Finney.Storage;

namespace Finney.Benchmarks.Runtime.Subtensor;

/// <summary>
/// SubtensorModule's hot paths on a genesis subnet of <see cref="Uids"/> UIDs with 128 permitted validators
/// (docs/performance.md, "SubtensorModule"): one <c>set_weights</c> of 4096 weights (its worst case: a permitted
/// validator, every destination checked), and importing the block whose epoch consumes all 128 validators' weights,
/// with the payout of the block before.
/// </summary>
[MemoryDiagnoser]
public class SubtensorBlockBenchmarks
{
    private const ushort Netuid = GenesisBuilder.GenesisNetuid;
    private const int Validators = 128;
    private readonly FinneyRuntime _runtime = FinneyRuntime.Instance;
    private MemoryState _beforeEpoch = null!;
    private BlockRef _head;
    private SetWeights _weights = null!;

    [Params(4096, 16_384)]
    public int Uids { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var neurons = Enumerable.Range(0, Uids).Select(i => (Account(i), Account(i), i < Validators ? 1_000_000_000_000UL : 1_000_000_000UL, (ushort)i)).ToList();
        var spec = new ChainSpec("Bittensor", "bench", "Development", ChainProperties.Bittensor, [(Account(-1), 1_000_000_000_000)], null, [Account(-1)])
        {
            GenesisNeurons = neurons,
        };
        var genesis = _runtime.BuildGenesis(spec);
        var state = genesis.ToMemoryState();
        _head = new BlockRef(0, genesis.Header.Hash());

        // Tempo 2 on netuid 3: epochs at blocks 1 (permits) and 4 (the measured one).
        state = Write(state, ext =>
        {
            NetworkTempo(ext, 2);
            HyperparameterStorage.WeightsSetRateLimit.Insert(ext.State, Netuid, 0);
            HyperparameterStorage.MinAllowedWeights.Insert(ext.State, Netuid, 1);
            HyperparameterStorage.MaxWeightsLimit.Insert(ext.State, Netuid, ushort.MaxValue);
            EmissionStorage.EmissionValues.Insert(ext.State, Netuid, 1_000_000_000);
        });
        state = Produce(state);
        var dests = Enumerable.Range(0, 4096).Select(i => (ushort)(i * (Uids / 4096))).ToArray();
        var values = dests.Select(d => (ushort)((d % 997) + 1)).ToArray();
        _weights = new SetWeights(Netuid, dests, values, 0);
        state = Write(state, ext =>
        {
            for (int v = 0; v < Validators; v++)
            {
                Require(Dispatcher.Dispatch(_weights, Origin.Signed(Account(v)), ext));
            }
        });
        state = Produce(Produce(state));
        _beforeEpoch = state;
        if (ImportEpochBlock() == 0)
        {
            throw new InvalidOperationException("the epoch block loaded no emission");
        }
    }

    /// <summary>One validator's <c>set_weights</c> of 4096 weights, dispatched over the state before the epoch.</summary>
    [Benchmark]
    public bool SetWeights4096()
    {
        var ext = new Externalities(new StateOverlay(_beforeEpoch));
        return Require(Dispatcher.Dispatch(_weights, Origin.Signed(Account(0)), ext));
    }

    /// <summary>Builds the block whose epoch uses 128 × 4096 weights; returns the size of the emission it loaded.</summary>
    [Benchmark]
    public int ImportEpochBlock()
    {
        var builder = _runtime.BuildBlock(_beforeEpoch, _head, 1_700_000_000_000 + (12_000 * (_head.Number + 1UL)));
        var block = builder.Finish();
        var key = EmissionStorage.LoadedEmission.KeyFor(Netuid);
        return block.Changes.FirstOrDefault(c => c.Key.AsSpan().SequenceEqual(key)).Value?.Length ?? 0;
    }

    private static AccountId32 Account(int seed)
    {
        var bytes = new byte[32];
        BitConverter.TryWriteBytes(bytes, seed);
        bytes[31] = 0x5A;
        return new AccountId32(bytes);
    }

    private static void NetworkTempo(Externalities ext, ushort tempo) =>
        Finney.Runtime.Subtensor.Networks.NetworkStorage.Tempo.Insert(ext.State, Netuid, tempo);

    private static bool Require(DispatchResult result) =>
        result.IsOk ? true : throw new InvalidOperationException($"dispatch failed: {result.Error}");

    private static MemoryState Write(MemoryState state, Action<Externalities> change)
    {
        var overlay = new StateOverlay(state);
        change(new Externalities(overlay));
        var next = state.Clone();
        next.Apply(overlay.Changes);
        return next;
    }

    private MemoryState Produce(MemoryState state)
    {
        var builder = _runtime.BuildBlock(state, _head, 1_700_000_000_000 + (12_000 * (_head.Number + 1UL)));
        var block = builder.Finish();
        var next = state.Clone();
        next.Apply(block.Changes);
        _head = new BlockRef(block.Header.Number, block.Header.Hash());
        return next;
    }
}
