using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Storage;
using Finney.Runtime.Subtensor.Emission;
using Finney.Runtime.Subtensor.Hyperparameters;
using Finney.Runtime.Subtensor.Neurons;
using Finney.Runtime.Subtensor.Registration;
using Finney.Runtime.Subtensor.Weights;
using Finney.Storage;

namespace Finney.Runtime.Subtensor.Networks;

/// <summary>Creates and removes subnets (subtensor's <c>networks.rs</c>).</summary>
public static class SubnetRegistry
{
    /// <summary>True when the subnet exists.</summary>
    public static bool Exists(Externalities ext, ushort netuid) => NetworkStorage.NetworksAdded.Get(ext.State, netuid);

    /// <summary>True when the subnet exists (for readers outside a dispatch).</summary>
    public static bool Exists(IStateReader state, ushort netuid) => NetworkStorage.NetworksAdded.Get(state, netuid);

    /// <summary>
    /// subtensor's <c>init_new_network</c>: an empty subnet with the given tempo and modality; the hyperparameters it
    /// has no value for are written with their current defaults, so they show in storage. Registration stays closed.
    /// </summary>
    public static void Add(Externalities ext, ushort netuid, ushort tempo, ushort modality)
    {
        var state = ext.State;
        NetworkStorage.SubnetworkN.Insert(state, netuid, 0);
        NetworkStorage.NetworksAdded.Insert(state, netuid, true);
        NetworkStorage.Tempo.Insert(state, netuid, tempo);
        NetworkStorage.NetworkModality.Insert(state, netuid, modality);
        NetworkStorage.TotalNetworks.Put(state, checked((ushort)(NetworkStorage.TotalNetworks.Get(state) + 1)));
        MakeExplicit(state, netuid, HyperparameterStorage.Kappa);
        MakeExplicit(state, netuid, RegistrationStorage.Difficulty);
        MakeExplicit(state, netuid, HyperparameterStorage.MaxAllowedUids);
        MakeExplicit(state, netuid, HyperparameterStorage.ImmunityPeriod);
        MakeExplicit(state, netuid, HyperparameterStorage.ActivityCutoff);
        MakeExplicit(state, netuid, EmissionStorage.EmissionValues);
        MakeExplicit(state, netuid, HyperparameterStorage.MaxWeightsLimit);
        MakeExplicit(state, netuid, HyperparameterStorage.MinAllowedWeights);
        MakeExplicit(state, netuid, RegistrationStorage.RegistrationsThisInterval);
        MakeExplicit(state, netuid, RegistrationStorage.POWRegistrationsThisInterval);
        MakeExplicit(state, netuid, RegistrationStorage.BurnRegistrationsThisInterval);
    }

    /// <summary>
    /// subtensor's <c>remove_network</c>: the subnet, its UIDs, weights, bonds, per-UID vectors and the parameters
    /// <see cref="Add"/> wrote are removed. Axons, registration blocks, membership flags, burn and difficulty bounds,
    /// pending emission and stake stay behind, as on subtensor.
    /// </summary>
    public static void Remove(Externalities ext, ushort netuid)
    {
        var state = ext.State;
        NetworkStorage.SubnetworkN.Remove(state, netuid);
        NetworkStorage.NetworkModality.Remove(state, netuid);
        NetworkStorage.NetworksAdded.Remove(state, netuid);
        NetworkStorage.TotalNetworks.Put(state, checked((ushort)(NetworkStorage.TotalNetworks.Get(state) - 1)));
        NeuronStorage.Uids.ClearPrefix(state, netuid);
        NeuronStorage.Keys.ClearPrefix(state, netuid);
        WeightsStorage.Bonds.ClearPrefix(state, netuid);
        WeightsStorage.Weights.ClearPrefix(state, netuid);
        Action<StateOverlay, ushort>[] removals =
        [
            NeuronStorage.Rank.Remove, NeuronStorage.Trust.Remove, NeuronStorage.Active.Remove, NeuronStorage.Emission.Remove,
            NeuronStorage.Incentive.Remove, NeuronStorage.Consensus.Remove, NeuronStorage.Dividends.Remove, NeuronStorage.PruningScores.Remove,
            NeuronStorage.LastUpdate.Remove, NeuronStorage.ValidatorPermit.Remove, NeuronStorage.ValidatorTrust.Remove,
            NetworkStorage.Tempo.Remove, HyperparameterStorage.Kappa.Remove, RegistrationStorage.Difficulty.Remove,
            HyperparameterStorage.MaxAllowedUids.Remove, HyperparameterStorage.ImmunityPeriod.Remove, HyperparameterStorage.ActivityCutoff.Remove,
            EmissionStorage.EmissionValues.Remove, HyperparameterStorage.MaxWeightsLimit.Remove, HyperparameterStorage.MinAllowedWeights.Remove,
            RegistrationStorage.RegistrationsThisInterval.Remove, RegistrationStorage.POWRegistrationsThisInterval.Remove,
            RegistrationStorage.BurnRegistrationsThisInterval.Remove,
        ];
        foreach (var remove in removals)
        {
            remove(state, netuid);
        }
    }

    private static void MakeExplicit<T>(StateOverlay state, ushort netuid, StorageMap<ushort, T> item)
    {
        if (!item.ContainsKey(state, netuid))
        {
            item.Insert(state, netuid, item.Get(state, netuid));
        }
    }
}
