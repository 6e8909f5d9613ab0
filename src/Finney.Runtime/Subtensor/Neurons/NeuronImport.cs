using Finney.Primitives.Accounts;
using Finney.Runtime.Kernel;
using Finney.Runtime.Subtensor.Emission;
using Finney.Runtime.Subtensor.Networks;
using Finney.Runtime.Subtensor.Staking;

namespace Finney.Runtime.Subtensor.Neurons;

/// <summary>One neuron of an imported snapshot: owner, hotkey, its stake in RAO and its UID.</summary>
public readonly record struct ImportedNeuron(AccountId32 Coldkey, AccountId32 Hotkey, ulong Stake, ushort Uid);

/// <summary>
/// Loads many neurons into an existing, empty subnet at once, as subtensor's genesis imported Nakamoto's snapshot:
/// every UID active with zero scores, registered at block 0, its stake owned by its coldkey and added to the
/// pallet's issuance. Each per-UID vector is written once, so 65,535 neurons load in linear time.
/// </summary>
public static class NeuronImport
{
    /// <summary>Imports <paramref name="neurons"/>, whose UIDs must be exactly 0 … n − 1 (in any order).</summary>
    /// <exception cref="ArgumentException">The subnet is not empty, or the UIDs are not 0 … n − 1, or a hotkey repeats.</exception>
    public static void Import(Externalities ext, ushort netuid, IReadOnlyList<ImportedNeuron> neurons)
    {
        ArgumentNullException.ThrowIfNull(ext);
        ArgumentNullException.ThrowIfNull(neurons);
        var state = ext.State;
        if (NetworkStorage.SubnetworkN.Get(state, netuid) != 0 || neurons.Count > ushort.MaxValue)
        {
            throw new ArgumentException($"subnet {netuid} must be empty and receive at most 65535 neurons");
        }

        var seen = new bool[neurons.Count];
        foreach (var neuron in neurons)
        {
            if (neuron.Uid >= neurons.Count || seen[neuron.Uid] || NeuronStorage.Uids.ContainsKey(state, netuid, neuron.Hotkey))
            {
                throw new ArgumentException($"UID {neuron.Uid} (hotkey {neuron.Hotkey}) is out of range or repeated");
            }

            seen[neuron.Uid] = true;
            NeuronStorage.Keys.Insert(state, netuid, neuron.Uid, neuron.Hotkey);
            NeuronStorage.Uids.Insert(state, netuid, neuron.Hotkey, neuron.Uid);
            NeuronStorage.BlockAtRegistration.Insert(state, netuid, neuron.Uid, 0);
            NetworkStorage.IsNetworkMember.Insert(state, neuron.Hotkey, netuid, true);
            StakeLedger.CreateAccountIfMissing(ext, neuron.Coldkey, neuron.Hotkey);
            StakeLedger.Increase(ext, neuron.Coldkey, neuron.Hotkey, neuron.Stake);
            EmissionStorage.TotalIssuance.Put(state, Saturating.Add(EmissionStorage.TotalIssuance.Get(state), neuron.Stake));
        }

        int n = neurons.Count;
        NetworkStorage.SubnetworkN.Insert(state, netuid, (ushort)n);
        NeuronStorage.Active.Insert(state, netuid, Enumerable.Repeat(true, n).ToArray());
        foreach (var vector in new[] { NeuronStorage.Rank, NeuronStorage.Trust, NeuronStorage.Consensus, NeuronStorage.Incentive, NeuronStorage.Dividends, NeuronStorage.ValidatorTrust, NeuronStorage.PruningScores })
        {
            vector.Insert(state, netuid, new ushort[n]);
        }

        NeuronStorage.Emission.Insert(state, netuid, new ulong[n]);
        NeuronStorage.LastUpdate.Insert(state, netuid, new ulong[n]);
        NeuronStorage.ValidatorPermit.Insert(state, netuid, new bool[n]);
    }
}
