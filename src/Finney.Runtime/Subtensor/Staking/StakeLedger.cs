using Finney.Primitives.Accounts;
using Finney.Primitives.FixedPoint;
using Finney.Runtime.Kernel;

namespace Finney.Runtime.Subtensor.Staking;

/// <summary>
/// The only code that writes the stake maps (<c>Stake</c>, <c>TotalHotkeyStake</c>, <c>TotalColdkeyStake</c>,
/// <c>TotalStake</c>), so the totals always equal the sums of <c>Stake</c>. Hotkey ownership and delegation live here too.
/// </summary>
public static class StakeLedger
{
    /// <summary>Stake of <paramref name="coldkey"/> on <paramref name="hotkey"/>, in RAO.</summary>
    public static ulong StakeOf(Externalities ext, AccountId32 hotkey, AccountId32 coldkey) => StakingStorage.Stake.Get(ext.State, hotkey, coldkey);

    /// <summary>Total stake on a hotkey, in RAO.</summary>
    public static ulong HotkeyStake(Externalities ext, AccountId32 hotkey) => StakingStorage.TotalHotkeyStake.Get(ext.State, hotkey);

    /// <summary>True once the hotkey has been registered by some coldkey (ownership is never removed).</summary>
    public static bool HotkeyExists(Externalities ext, AccountId32 hotkey) => StakingStorage.Owner.ContainsKey(ext.State, hotkey);

    /// <summary>The coldkey owning a hotkey (the zero account when none).</summary>
    public static AccountId32 OwnerOf(Externalities ext, AccountId32 hotkey) => StakingStorage.Owner.Get(ext.State, hotkey);

    /// <summary>True when the hotkey is a delegate.</summary>
    public static bool IsDelegate(Externalities ext, AccountId32 hotkey) => StakingStorage.Delegates.ContainsKey(ext.State, hotkey);

    /// <summary>True when <paramref name="coldkey"/> may stake to <paramref name="hotkey"/>: it owns it, or the hotkey is a delegate.</summary>
    public static bool MayStake(Externalities ext, AccountId32 hotkey, AccountId32 coldkey) =>
        IsDelegate(ext, hotkey) || OwnerOf(ext, hotkey) == coldkey;

    /// <summary>
    /// subtensor's <c>create_account_if_non_existent</c>: a new hotkey gets its owner and a zero stake entry of that owner.
    /// </summary>
    public static void CreateAccountIfMissing(Externalities ext, AccountId32 coldkey, AccountId32 hotkey)
    {
        if (!HotkeyExists(ext, hotkey))
        {
            StakingStorage.Stake.Insert(ext.State, hotkey, coldkey, 0);
            StakingStorage.Owner.Insert(ext.State, hotkey, coldkey);
        }
    }

    /// <summary>Adds stake, raising the three totals (saturating, as subtensor does).</summary>
    public static void Increase(Externalities ext, AccountId32 coldkey, AccountId32 hotkey, ulong amount)
    {
        var state = ext.State;
        StakingStorage.TotalColdkeyStake.Insert(state, coldkey, Saturating.Add(StakingStorage.TotalColdkeyStake.Get(state, coldkey), amount));
        StakingStorage.TotalHotkeyStake.Insert(state, hotkey, Saturating.Add(StakingStorage.TotalHotkeyStake.Get(state, hotkey), amount));
        StakingStorage.Stake.Insert(state, hotkey, coldkey, Saturating.Add(StakingStorage.Stake.Get(state, hotkey, coldkey), amount));
        StakingStorage.TotalStake.Put(state, Saturating.Add(StakingStorage.TotalStake.Get(state), amount));
    }

    /// <summary>Removes stake, lowering the three totals (saturating, as subtensor does).</summary>
    public static void Decrease(Externalities ext, AccountId32 coldkey, AccountId32 hotkey, ulong amount)
    {
        var state = ext.State;
        StakingStorage.TotalColdkeyStake.Insert(state, coldkey, Saturating.Sub(StakingStorage.TotalColdkeyStake.Get(state, coldkey), amount));
        StakingStorage.TotalHotkeyStake.Insert(state, hotkey, Saturating.Sub(StakingStorage.TotalHotkeyStake.Get(state, hotkey), amount));
        StakingStorage.Stake.Insert(state, hotkey, coldkey, Saturating.Sub(StakingStorage.Stake.Get(state, hotkey, coldkey), amount));
        StakingStorage.TotalStake.Put(state, Saturating.Sub(StakingStorage.TotalStake.Get(state), amount));
    }

    /// <summary>
    /// subtensor's <c>unstake_all_coldkeys_from_hotkey_account</c>: every nominator's stake on the hotkey goes back
    /// to its free balance (a deregistered hotkey that holds no other UID). Entries stay, at zero.
    /// </summary>
    public static void UnstakeAll(Externalities ext, AccountId32 hotkey)
    {
        foreach (var (coldkey, stake) in StakingStorage.Stake.IteratePrefix(ext.State, hotkey).ToList())
        {
            Decrease(ext, coldkey, hotkey, stake);
            Balances.BalancesLedger.DepositCreating(ext, coldkey, stake);
        }
    }

    /// <summary>
    /// subtensor's <c>emit_inflation_through_hotkey_account</c> ("delegates keep server emissions"): a non-delegate's
    /// owner gets everything; a delegate's owner gets the take of the validator part plus the server part, and the
    /// rest of the validator part is split pro rata over every nominator's stake (I64F64, floored), the remainder of
    /// that split going to the owner, so every RAO is credited.
    /// </summary>
    public static void Emit(Externalities ext, AccountId32 hotkey, ulong serverEmission, ulong validatorEmission)
    {
        var owner = OwnerOf(ext, hotkey);
        if (!IsDelegate(ext, hotkey))
        {
            Increase(ext, owner, hotkey, Saturating.Add(serverEmission, validatorEmission));
            return;
        }

        var total = HotkeyStake(ext, hotkey);
        var take = DelegateTake(StakingStorage.Delegates.Get(ext.State, hotkey), validatorEmission);
        var rest = validatorEmission - take;
        ulong distributed = 0;
        var restFixed = I64F64.FromUInt64(rest);
        foreach (var (coldkey, stake) in StakingStorage.Stake.IteratePrefix(ext.State, hotkey).ToList())
        {
            var share = total == 0 ? 0 : (restFixed * (I64F64.FromUInt64(stake) / I64F64.FromUInt64(total))).ToUInt64();
            Increase(ext, coldkey, hotkey, share);
            distributed = Saturating.Add(distributed, share);
        }

        Increase(ext, owner, hotkey, Saturating.Add(take, Saturating.Sub(rest, distributed)));
        Increase(ext, owner, hotkey, serverEmission);
    }

    /// <summary>⌊(take / 65535) · emission⌋ in I64F64, as subtensor computes a delegate's take.</summary>
    public static ulong DelegateTake(ushort take, ulong emission) =>
        (I64F64.FromUInt64(take) / I64F64.FromUInt64(SubtensorConfig.U16Max) * I64F64.FromUInt64(emission)).ToUInt64();
}
