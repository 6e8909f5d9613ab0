using Finney.Primitives.Accounts;
using Finney.Primitives.FixedPoint;
using Finney.Runtime.Kernel;
using Finney.Runtime.Subtensor.Networks;
using Finney.Runtime.Subtensor.Neurons;

namespace Finney.Runtime.Subtensor.Registration;

/// <summary>The checks both registration calls make, in subtensor's order, and the counters they update.</summary>
public static class RegistrationRules
{
    /// <summary>
    /// Subnet exists, registration is open (and the chain's registration start block is reached), the per-block and
    /// per-interval limits have room, and the hotkey is not yet registered on the subnet.
    /// </summary>
    public static SubtensorError? CheckOpen(Externalities ext, ushort netuid, AccountId32 hotkey)
    {
        var state = ext.State;
        if (!SubnetRegistry.Exists(ext, netuid))
        {
            return SubtensorError.NetworkDoesNotExist;
        }

        if (!NetworkStorage.NetworkRegistrationAllowed.Get(state, netuid)
            || SubtensorPallet.CurrentBlock(ext) < RegistrationStorage.RegistrationStartBlock.Get(state))
        {
            return SubtensorError.RegistrationDisabled;
        }

        if (RegistrationStorage.RegistrationsThisBlock.Get(state, netuid) >= RegistrationStorage.MaxRegistrationsPerBlock.Get(state, netuid))
        {
            return SubtensorError.TooManyRegistrationsThisBlock;
        }

        // The limit is computed in u16 on subtensor, wrapping above 21,845 targets.
        var intervalLimit = unchecked((ushort)(RegistrationStorage.TargetRegistrationsPerInterval.Get(state, netuid) * 3));
        if (RegistrationStorage.RegistrationsThisInterval.Get(state, netuid) >= intervalLimit)
        {
            return SubtensorError.TooManyRegistrationsThisInterval;
        }

        return NeuronRegistry.IsRegistered(ext, netuid, hotkey) ? SubtensorError.AlreadyRegistered : null;
    }

    /// <summary>
    /// Network connect requirements: for each subnet B that subnet <paramref name="netuid"/> requires, the hotkey
    /// must hold a UID on B and the share of B's other UIDs with a strictly higher pruning score must not exceed the
    /// requirement (both as I32F32).
    /// </summary>
    public static SubtensorError? CheckConnections(Externalities ext, ushort netuid, AccountId32 hotkey)
    {
        foreach (var (netuidB, requirement) in NetworkStorage.NetworkConnect.IteratePrefix(ext.State, netuid))
        {
            if (!NeuronRegistry.TryGetUid(ext, netuidB, hotkey, out var uidB))
            {
                return SubtensorError.DidNotPassConnectedNetworkRequirement;
            }

            var n = NetworkStorage.SubnetworkN.Get(ext.State, netuidB);
            var scores = NeuronStorage.PruningScores.Get(ext.State, netuidB);
            var own = Score(scores, uidB);
            long better = 0;
            for (int other = 0; other < n; other++)
            {
                if (other != uidB && own < Score(scores, other))
                {
                    better++;
                }
            }

            var percentile = I32F32.FromInt64(better) / I32F32.FromInt64(n);
            var allowed = I32F32.FromInt64(requirement) / I32F32.FromInt64(SubtensorConfig.U16Max);
            if (percentile > allowed)
            {
                return SubtensorError.DidNotPassConnectedNetworkRequirement;
            }
        }

        return null;
    }

    /// <summary>Counts a registration in the block and interval counters (and the PoW or burn counter).</summary>
    public static void Count(Externalities ext, ushort netuid, bool proofOfWork)
    {
        var state = ext.State;
        var kind = proofOfWork ? RegistrationStorage.POWRegistrationsThisInterval : RegistrationStorage.BurnRegistrationsThisInterval;
        kind.Insert(state, netuid, unchecked((ushort)(kind.Get(state, netuid) + 1)));
        RegistrationStorage.RegistrationsThisInterval.Insert(state, netuid, unchecked((ushort)(RegistrationStorage.RegistrationsThisInterval.Get(state, netuid) + 1)));
        RegistrationStorage.RegistrationsThisBlock.Insert(state, netuid, unchecked((ushort)(RegistrationStorage.RegistrationsThisBlock.Get(state, netuid) + 1)));
    }

    // Out-of-range UIDs read as u16::MAX, as subtensor's get_pruning_score_for_uid does.
    private static ushort Score(ushort[] scores, int uid) => uid < scores.Length ? scores[uid] : ushort.MaxValue;
}
