using Finney.Primitives.Accounts;
using Finney.Primitives.Scale;
using Finney.Runtime.Kernel.Metadata;
using Finney.Runtime.Subtensor.Staking;
using Finney.Storage;
using static Finney.Runtime.Subtensor.Views.ViewTypes;

namespace Finney.Runtime.Subtensor.Views;

/// <summary><c>StakeInfo</c>: one (hotkey, coldkey, stake) entry of <c>Stake</c>, in storage order.</summary>
public static class StakeInfoView
{
    /// <summary>The metadata type of <c>StakeInfo</c>.</summary>
    public static MetaType InfoType { get; } = Struct(
        ["pallet_subtensor", "rpc_info", "stake_info", "StakeInfo"], true,
        Field("hotkey", Account, "AccountId"), Field("coldkey", Account, "AccountId"), Field("stake", CompactU64, "Compact<u64>"));

    /// <summary><c>Vec&lt;StakeInfo&gt;</c> of one coldkey.</summary>
    public static void WriteForColdkey(ScaleWriter output, IStateReader state, AccountId32 coldkey)
    {
        ArgumentNullException.ThrowIfNull(output);
        WriteEntries(output, coldkey, ForColdkeys(state, [coldkey])[0].Entries);
    }

    /// <summary><c>Vec&lt;(AccountId, Vec&lt;StakeInfo&gt;)&gt;</c>, one item per requested coldkey.</summary>
    public static void WriteForColdkeys(ScaleWriter output, IStateReader state, AccountId32[] coldkeys)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(coldkeys);
        var all = ForColdkeys(state, coldkeys);
        output.WriteCompact((ulong)all.Count);
        foreach (var (coldkey, entries) in all)
        {
            output.WriteBytes(coldkey.Bytes);
            WriteEntries(output, coldkey, entries);
        }
    }

    // One pass over Stake, as subtensor walks the whole map for each coldkey.
    private static List<(AccountId32 Coldkey, List<(AccountId32 Hotkey, ulong Stake)> Entries)> ForColdkeys(IStateReader state, AccountId32[] coldkeys)
    {
        var result = coldkeys.Select(c => (Coldkey: c, Entries: new List<(AccountId32, ulong)>())).ToList();
        foreach (var (hotkey, coldkey, stake) in StakingStorage.Stake.Iterate(state))
        {
            foreach (var item in result.Where(r => r.Coldkey == coldkey))
            {
                item.Entries.Add((hotkey, stake));
            }
        }

        return result;
    }

    private static void WriteEntries(ScaleWriter output, AccountId32 coldkey, List<(AccountId32 Hotkey, ulong Stake)> entries)
    {
        output.WriteCompact((ulong)entries.Count);
        foreach (var (hotkey, stake) in entries)
        {
            output.WriteBytes(hotkey.Bytes);
            output.WriteBytes(coldkey.Bytes);
            output.WriteCompact(stake);
        }
    }
}
