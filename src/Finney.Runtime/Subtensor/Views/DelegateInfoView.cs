using System.Numerics;
using Finney.Primitives.Accounts;
using Finney.Primitives.Scale;
using Finney.Runtime.Kernel.Metadata;
using Finney.Runtime.Subtensor.Networks;
using Finney.Runtime.Subtensor.Neurons;
using Finney.Runtime.Subtensor.Staking;
using Finney.Storage;
using static Finney.Runtime.Subtensor.Views.ViewTypes;

namespace Finney.Runtime.Subtensor.Views;

/// <summary>
/// <c>DelegateInfo</c>: a delegate's take, nominators with stake, owner, the subnets it is registered and permitted on,
/// and its daily return estimate, as subtensor computes it (7,200 blocks a day, 82 % after an 18 % take).
/// </summary>
public static class DelegateInfoView
{
    // U64F64::from_num(0.82): the double nearest 0.82 is m·2⁻⁵³ with m = 7,385,903,388,887,613, so its 64-bit fraction is m·2¹¹.
    private static readonly BigInteger AfterTakeBits = new BigInteger(7_385_903_388_887_613UL) << 11;

    /// <summary>The metadata type of <c>DelegateInfo</c>.</summary>
    public static MetaType InfoType { get; } = Struct(
        ["pallet_subtensor", "rpc_info", "delegate_info", "DelegateInfo"], true,
        Field("delegate_ss58", Account, "AccountId"), Field("take", CompactU16, "Compact<u16>"),
        Field("nominators", MetaType.Sequence(MetaType.Tuple(Account, CompactU64)), "Vec<(AccountId, Compact<u64>)>"),
        Field("owner_ss58", Account, "AccountId"), Field("registrations", MetaType.Sequence(CompactU16), "Vec<Compact<u16>>"),
        Field("validator_permits", MetaType.Sequence(CompactU16), "Vec<Compact<u16>>"),
        Field("return_per_1000", CompactU64, "Compact<u64>"), Field("total_daily_return", CompactU64, "Compact<u64>"));

    /// <summary>Every delegate, in storage order.</summary>
    public static void WriteAll(ScaleWriter output, IStateReader state)
    {
        ArgumentNullException.ThrowIfNull(output);
        var delegates = Delegates(state);
        output.WriteCompact((ulong)delegates.Count);
        foreach (var (hotkey, take) in delegates)
        {
            Write(output, state, hotkey, take);
        }
    }

    /// <summary><c>Option&lt;DelegateInfo&gt;</c>.</summary>
    public static void WriteOne(ScaleWriter output, IStateReader state, AccountId32 hotkey)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!StakingStorage.Delegates.TryGet(state, hotkey, out var take))
        {
            output.WriteU8(0);
            return;
        }

        output.WriteU8(1);
        Write(output, state, hotkey, take);
    }

    /// <summary><c>Vec&lt;(DelegateInfo, Compact&lt;u64&gt;)&gt;</c>: the delegates <paramref name="coldkey"/> has stake on, with that stake.</summary>
    public static void WriteDelegated(ScaleWriter output, IStateReader state, AccountId32 coldkey)
    {
        ArgumentNullException.ThrowIfNull(output);
        var staked = Delegates(state).Select(d => (d.Hotkey, d.Take, Stake: StakingStorage.Stake.Get(state, d.Hotkey, coldkey))).Where(d => d.Stake > 0).ToList();
        output.WriteCompact((ulong)staked.Count);
        foreach (var (hotkey, take, stake) in staked)
        {
            Write(output, state, hotkey, take);
            output.WriteCompact(stake);
        }
    }

    private static List<(AccountId32 Hotkey, ushort Take)> Delegates(IStateReader state) => [.. StakingStorage.Delegates.Iterate(state)];

    private static void Write(ScaleWriter output, IStateReader state, AccountId32 hotkey, ushort take)
    {
        output.WriteBytes(hotkey.Bytes);
        output.WriteCompact(take);
        var nominators = StakingStorage.Stake.IteratePrefix(state, hotkey).Where(e => e.Value > 0).ToList();
        output.WriteCompact((ulong)nominators.Count);
        foreach (var (coldkey, stake) in nominators)
        {
            output.WriteBytes(coldkey.Bytes);
            output.WriteCompact(stake);
        }

        output.WriteBytes(StakingStorage.Owner.Get(state, hotkey).Bytes);

        // Registrations come from IsNetworkMember, which outlives a removed subnet, as on subtensor.
        var registrations = new List<ushort>();
        var permits = new List<ushort>();
        BigInteger dailyBits = 0;
        foreach (var (netuid, member) in NetworkStorage.IsNetworkMember.IteratePrefix(state, hotkey))
        {
            if (!member)
            {
                continue;
            }

            registrations.Add(netuid);
            if (!NeuronStorage.Uids.TryGet(state, netuid, hotkey, out var uid))
            {
                continue;
            }

            var subnet = new SubnetVectors(state, netuid);
            if (subnet.ValidatorPermit(uid))
            {
                permits.Add(netuid);
            }

            var tempo = NetworkStorage.Tempo.Get(state, netuid);
            if (tempo > 0)
            {
                // U64F64 raw bits: epochs per day = 7200 / tempo, then emission × that.
                dailyBits += subnet.Emission(uid) * (((BigInteger)7200 << 64) / tempo);
            }
        }

        WriteCompactList(output, registrations);
        WriteCompactList(output, permits);
        var total = StakingStorage.TotalHotkeyStake.Get(state, hotkey);
        ulong perThousand = 0;
        if (total > 0)
        {
            var afterTake = (dailyBits * AfterTakeBits) >> 64;
            var perThousandStake = ((BigInteger)total << 64) / 1000;
            perThousand = perThousandStake.IsZero ? 0 : (ulong)(((afterTake << 64) / perThousandStake) >> 64);
        }

        output.WriteCompact(perThousand);
        output.WriteCompact((ulong)(dailyBits >> 64));
    }

    private static void WriteCompactList(ScaleWriter output, List<ushort> values)
    {
        output.WriteCompact((ulong)values.Count);
        foreach (var value in values)
        {
            output.WriteCompact(value);
        }
    }
}
