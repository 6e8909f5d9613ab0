using Finney.Primitives.Accounts;
using Finney.Runtime.Kernel;
using Finney.Runtime.Subtensor.Hyperparameters;
using Finney.Runtime.Subtensor.Networks;
using Finney.Runtime.Subtensor.Staking;

namespace Finney.Runtime.Subtensor.Neurons;

/// <summary>
/// Adds and replaces a subnet's neurons (subtensor's <c>uids.rs</c>): the only writer of <c>Uids</c>, <c>Keys</c>,
/// <c>BlockAtRegistration</c>, <c>IsNetworkMember</c> and the length of the per-UID vectors.
/// </summary>
public static class NeuronRegistry
{
    /// <summary>The hotkey's UID on the subnet, when registered.</summary>
    public static bool TryGetUid(Externalities ext, ushort netuid, AccountId32 hotkey, out ushort uid) =>
        NeuronStorage.Uids.TryGet(ext.State, netuid, hotkey, out uid);

    /// <summary>True when the hotkey holds a UID on the subnet.</summary>
    public static bool IsRegistered(Externalities ext, ushort netuid, AccountId32 hotkey) =>
        NeuronStorage.Uids.ContainsKey(ext.State, netuid, hotkey);

    /// <summary>True when the hotkey holds a UID on any existing subnet.</summary>
    public static bool IsRegisteredAnywhere(Externalities ext, AccountId32 hotkey)
    {
        foreach (var (netuid, _) in NetworkStorage.Tempo.Iterate(ext.State))
        {
            if (IsRegistered(ext, netuid, hotkey))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Gives <paramref name="hotkey"/> a UID: the next one while the subnet has room, otherwise the slot of the
    /// neuron to prune. Returns the UID.
    /// </summary>
    public static ushort Register(Externalities ext, ushort netuid, AccountId32 hotkey, ulong block)
    {
        var n = NetworkStorage.SubnetworkN.Get(ext.State, netuid);
        if (n < HyperparameterStorage.MaxAllowedUids.Get(ext.State, netuid))
        {
            Append(ext, netuid, hotkey, block);
            return n;
        }

        var uid = NeuronToPrune(ext, netuid, block);
        Replace(ext, netuid, uid, hotkey, block);
        return uid;
    }

    /// <summary>
    /// subtensor's <c>get_neuron_to_prune</c>: the lowest pruning score among non-immune UIDs (the last one on ties),
    /// else the lowest immune one (the first on ties); its score becomes 65,535 so it is not chosen again before
    /// the next epoch. A non-immune score of exactly 65,535 never counts as a candidate.
    /// </summary>
    public static ushort NeuronToPrune(Externalities ext, ushort netuid, ulong block)
    {
        var scores = NeuronStorage.PruningScores.Get(ext.State, netuid);
        var n = NetworkStorage.SubnetworkN.Get(ext.State, netuid);
        var immunity = HyperparameterStorage.ImmunityPeriod.Get(ext.State, netuid);
        ushort min = ushort.MaxValue, minImmune = ushort.MaxValue, pick = 0, pickImmune = 0;
        for (ushort uid = 0; uid < n; uid++)
        {
            var score = uid < scores.Length ? scores[uid] : ushort.MaxValue;
            if (score > min)
            {
                continue;
            }

            var registered = NeuronStorage.BlockAtRegistration.Get(ext.State, netuid, uid);
            if (block - registered < immunity)
            {
                if (score < minImmune)
                {
                    minImmune = score;
                    pickImmune = uid;
                }
            }
            else
            {
                min = score;
                pick = uid;
            }
        }

        var chosen = min == ushort.MaxValue ? pickImmune : pick;
        if (chosen < scores.Length)
        {
            scores[chosen] = ushort.MaxValue;
            NeuronStorage.PruningScores.Insert(ext.State, netuid, scores);
        }

        return chosen;
    }

    /// <summary>True when the UID registered less than ImmunityPeriod blocks ago.</summary>
    public static bool IsImmune(Externalities ext, ushort netuid, ushort uid, ulong block) =>
        block - NeuronStorage.BlockAtRegistration.Get(ext.State, netuid, uid) < HyperparameterStorage.ImmunityPeriod.Get(ext.State, netuid);

    // subtensor's append_neuron: every per-UID vector grows by one; LastUpdate starts at the registration block.
    private static void Append(Externalities ext, ushort netuid, AccountId32 hotkey, ulong block)
    {
        var state = ext.State;
        var uid = NetworkStorage.SubnetworkN.Get(state, netuid);
        NetworkStorage.SubnetworkN.Insert(state, netuid, (ushort)(uid + 1));
        Push(NeuronStorage.Rank, state, netuid, (ushort)0);
        Push(NeuronStorage.Trust, state, netuid, (ushort)0);
        Push(NeuronStorage.Active, state, netuid, true);
        Push(NeuronStorage.Emission, state, netuid, 0UL);
        Push(NeuronStorage.Consensus, state, netuid, (ushort)0);
        Push(NeuronStorage.Incentive, state, netuid, (ushort)0);
        Push(NeuronStorage.Dividends, state, netuid, (ushort)0);
        Push(NeuronStorage.LastUpdate, state, netuid, block);
        Push(NeuronStorage.PruningScores, state, netuid, (ushort)0);
        Push(NeuronStorage.ValidatorTrust, state, netuid, (ushort)0);
        Push(NeuronStorage.ValidatorPermit, state, netuid, false);
        Occupy(ext, netuid, uid, hotkey, block);
    }

    // subtensor's replace_neuron: the slot's weights, bonds, LastUpdate, permit and scores stay (research note §12.3).
    private static void Replace(Externalities ext, ushort netuid, ushort uid, AccountId32 hotkey, ulong block)
    {
        var state = ext.State;
        var old = NeuronStorage.Keys.Get(state, netuid, uid);
        NeuronStorage.Uids.Remove(state, netuid, old);
        NetworkStorage.IsNetworkMember.Remove(state, old, netuid);
        NeuronStorage.Keys.Remove(state, netuid, uid);
        if (!IsRegisteredAnywhere(ext, old))
        {
            StakeLedger.UnstakeAll(ext, old);
        }

        var active = NeuronStorage.Active.Get(state, netuid);
        if (uid < active.Length)
        {
            active[uid] = true;
            NeuronStorage.Active.Insert(state, netuid, active);
        }

        Occupy(ext, netuid, uid, hotkey, block);
    }

    private static void Occupy(Externalities ext, ushort netuid, ushort uid, AccountId32 hotkey, ulong block)
    {
        NeuronStorage.Keys.Insert(ext.State, netuid, uid, hotkey);
        NeuronStorage.Uids.Insert(ext.State, netuid, hotkey, uid);
        NeuronStorage.BlockAtRegistration.Insert(ext.State, netuid, uid, block);
        NetworkStorage.IsNetworkMember.Insert(ext.State, hotkey, netuid, true);
    }

    private static void Push<T>(Kernel.Storage.StorageMap<ushort, T[]> vector, Storage.StateOverlay state, ushort netuid, T value) =>
        vector.Insert(state, netuid, [.. vector.Get(state, netuid), value]);
}
