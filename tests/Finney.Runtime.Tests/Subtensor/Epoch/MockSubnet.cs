using Finney.Runtime.Subtensor.Epoch;

namespace Finney.Runtime.Tests.Subtensor.Epoch;

/// <summary>
/// The parts of subtensor's mock runtime that the epoch reads, so its tests translate line by line: neurons appended
/// at a block, stake added, <c>set_weights</c> (max-upscale, LastUpdate), <c>replace_neuron</c>, and manual epochs
/// that carry permits and bonds forward. Defaults are the mock's (κ 32_767, BMA 900_000, 100 validators, cutoff 5000).
/// </summary>
internal sealed class MockSubnet
{
    public MockSubnet(int n, ulong registrationBlock = 0)
    {
        Stake = new ulong[n];
        LastUpdate = Enumerable.Repeat(registrationBlock, n).ToArray();
        Registration = Enumerable.Repeat(registrationBlock, n).ToArray();
        Permit = new bool[n];
        Weights = Enumerable.Range(0, n).Select(_ => Array.Empty<SparseEntry>()).ToArray();
        Bonds = Enumerable.Range(0, n).Select(_ => Array.Empty<SparseEntry>()).ToArray();
    }

    public ulong Block { get; set; }

    public ushort MaxAllowedValidators { get; set; } = 100;

    public ushort Kappa { get; set; } = 32_767;

    public ulong[] Stake { get; }

    public ulong[] LastUpdate { get; }

    public ulong[] Registration { get; }

    public bool[] Permit { get; }

    public SparseEntry[][] Weights { get; }

    public SparseEntry[][] Bonds { get; private set; }

    public EpochOutput Last { get; private set; } = null!;

    /// <summary><c>set_weights</c> as it stores: values max-upscaled to u16, LastUpdate = current block.</summary>
    public void SetWeights(int uid, IReadOnlyList<int> destinations, IReadOnlyList<int> values)
    {
        var upscaled = U16Proportion.MaxUpscale(values.Select(v => (ushort)v).ToArray());
        Weights[uid] = destinations.Select((d, k) => new SparseEntry((ushort)d, upscaled[k])).ToArray();
        LastUpdate[uid] = Block;
    }

    /// <summary><c>replace_neuron</c>: a new hotkey (no stake) takes the slot; weights, bonds, permit and LastUpdate stay.</summary>
    public void Replace(int uid)
    {
        Registration[uid] = Block;
        Stake[uid] = 0;
    }

    public EpochInput Input(ulong emission) => new()
    {
        CurrentBlock = Block,
        RaoEmission = emission,
        Hyperparameters = new EpochHyperparameters(Kappa, 900_000, MaxAllowedValidators, 5000),
        Stake = Stake.ToArray(),
        LastUpdate = LastUpdate.ToArray(),
        BlockAtRegistration = Registration.ToArray(),
        ValidatorPermit = Permit.ToArray(),
        Weights = Weights.ToArray(),
        Bonds = Bonds.ToArray(),
    };

    /// <summary>Runs one epoch (sparse unless <paramref name="dense"/>) and stores permits and bonds as subtensor does.</summary>
    public EpochOutput Epoch(ulong emission = 1_000_000_000, bool dense = false)
    {
        var input = Input(emission);
        Last = dense ? YumaConsensusDense.Run(input) : YumaConsensus.Run(input);
        Last.ValidatorPermit.CopyTo(Permit, 0);
        Bonds = Last.Bonds;
        return Last;
    }

    /// <summary><c>get_bonds(netuid)[i][j]</c> as an integer: the stored u16, 0 where absent.</summary>
    public int Bond(int i, int j) => Bonds[i].Where(e => e.Uid == j).Select(e => (int)e.Value).SingleOrDefault();
}
