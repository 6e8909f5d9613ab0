using Finney.Primitives.Accounts;
using Finney.Runtime.Subtensor.Hyperparameters;
using Finney.Runtime.Subtensor.Networks;
using Finney.Runtime.Subtensor.Neurons;
using Finney.Runtime.Subtensor.Staking;
using Finney.Storage;

namespace Finney.Testing;

/// <summary>
/// What must hold in SubtensorModule's state after any sequence of calls and blocks (subtensor's <c>try_state</c>):
/// stake totals equal the sums of <c>Stake</c>; <c>Uids</c> and <c>Keys</c> mirror each other; no subnet holds more
/// UIDs than its maximum; every per-UID vector has one entry per UID.
/// </summary>
public static class SubtensorInvariants
{
    /// <summary>Throws <see cref="TestRuntimeException"/> naming the first broken invariant.</summary>
    public static void Check(IStateReader state)
    {
        CheckStake(state);
        foreach (var (netuid, _) in NetworkStorage.Tempo.Iterate(state))
        {
            CheckSubnet(state, netuid);
        }
    }

    private static void CheckStake(IStateReader state)
    {
        ulong total = 0;
        var perHotkey = new SortedDictionary<AccountId32, ulong>();
        var perColdkey = new SortedDictionary<AccountId32, ulong>();
        foreach (var (hotkey, coldkey, stake) in StakingStorage.Stake.Iterate(state))
        {
            total = checked(total + stake);
            perHotkey[hotkey] = checked(perHotkey.GetValueOrDefault(hotkey) + stake);
            perColdkey[coldkey] = checked(perColdkey.GetValueOrDefault(coldkey) + stake);
        }

        Require(StakingStorage.TotalStake.Get(state) == total, $"TotalStake {StakingStorage.TotalStake.Get(state)} != sum of Stake {total}");
        foreach (var (hotkey, sum) in perHotkey)
        {
            Require(StakingStorage.TotalHotkeyStake.Get(state, hotkey) == sum, $"TotalHotkeyStake of {hotkey} != {sum}");
        }

        foreach (var (coldkey, sum) in perColdkey)
        {
            Require(StakingStorage.TotalColdkeyStake.Get(state, coldkey) == sum, $"TotalColdkeyStake of {coldkey} != {sum}");
        }
    }

    private static void CheckSubnet(IStateReader state, ushort netuid)
    {
        var n = NetworkStorage.SubnetworkN.Get(state, netuid);
        Require(n <= HyperparameterStorage.MaxAllowedUids.Get(state, netuid) || n == 0, $"subnet {netuid} holds {n} UIDs, over its maximum");
        int keys = 0;
        foreach (var (uid, hotkey) in NeuronStorage.Keys.IteratePrefix(state, netuid))
        {
            keys++;
            Require(uid < n, $"subnet {netuid} has a key for UID {uid} beyond SubnetworkN {n}");
            Require(NeuronStorage.Uids.TryGet(state, netuid, hotkey, out var back) && back == uid, $"subnet {netuid}: Keys[{uid}] is not mirrored in Uids");
        }

        Require(keys == n, $"subnet {netuid} has {keys} keys for {n} UIDs");
        Require(NeuronStorage.Rank.Get(state, netuid).Length == n && NeuronStorage.LastUpdate.Get(state, netuid).Length == n
            && NeuronStorage.PruningScores.Get(state, netuid).Length == n && NeuronStorage.ValidatorPermit.Get(state, netuid).Length == n,
            $"subnet {netuid}: per-UID vectors do not have {n} entries");
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new TestRuntimeException(message);
        }
    }
}
