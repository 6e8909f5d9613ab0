using Finney.Primitives.Accounts;
using Finney.Primitives.Scale;
using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Metadata;
using Finney.Runtime.Subtensor.Networks;
using Finney.Runtime.Subtensor.Neurons;
using Finney.Runtime.Subtensor.Serving;
using Finney.Runtime.Subtensor.Staking;
using Finney.Runtime.Subtensor.Weights;
using Finney.Storage;
using static Finney.Runtime.Subtensor.Views.ViewTypes;

namespace Finney.Runtime.Subtensor.Views;

/// <summary>
/// <c>NeuronInfo</c> and <c>NeuronInfoLite</c> as subtensor's runtime API encodes them: the neuron's keys, endpoints,
/// nominators' stake and per-UID scores, with weights and bonds (non-zero entries) in the full form.
/// </summary>
public static class NeuronInfoView
{
    private static readonly MetaType StakeList = MetaType.Sequence(MetaType.Tuple(Account, CompactU64));
    private static readonly MetaType PairList = MetaType.Sequence(MetaType.Tuple(CompactU16, CompactU16));

    /// <summary>The metadata type of <c>NeuronInfoLite</c>.</summary>
    public static MetaType LiteType { get; } = Struct(["pallet_subtensor", "rpc_info", "neuron_info", "NeuronInfoLite"], true, Fields(full: false));

    /// <summary>The metadata type of <c>NeuronInfo</c>.</summary>
    public static MetaType FullType { get; } = Struct(["pallet_subtensor", "rpc_info", "neuron_info", "NeuronInfo"], true, Fields(full: true));

    /// <summary>Every neuron of a subnet in UID order (empty when the subnet does not exist).</summary>
    public static void WriteAll(ScaleWriter output, IStateReader state, ushort netuid, bool full)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!SubnetRegistry.Exists(state, netuid))
        {
            output.WriteCompact(0UL);
            return;
        }

        var subnet = new SubnetVectors(state, netuid);
        var neurons = new List<(ushort Uid, AccountId32 Hotkey)>();
        for (ushort uid = 0; uid < subnet.Count; uid++)
        {
            if (!NeuronStorage.Keys.TryGet(state, netuid, uid, out var hotkey))
            {
                break;
            }

            neurons.Add((uid, hotkey));
        }

        output.WriteCompact((ulong)neurons.Count);
        foreach (var (uid, hotkey) in neurons)
        {
            Write(output, state, subnet, uid, hotkey, full);
        }
    }

    /// <summary>One neuron as <c>Option</c>: None when the subnet or the UID does not exist.</summary>
    public static void WriteOne(ScaleWriter output, IStateReader state, ushort netuid, ushort uid, bool full)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!SubnetRegistry.Exists(state, netuid) || !NeuronStorage.Keys.TryGet(state, netuid, uid, out var hotkey))
        {
            output.WriteU8(0);
            return;
        }

        output.WriteU8(1);
        Write(output, state, new SubnetVectors(state, netuid), uid, hotkey, full);
    }

    private static void Write(ScaleWriter output, IStateReader state, SubnetVectors subnet, ushort uid, AccountId32 hotkey, bool full)
    {
        var netuid = subnet.Netuid;
        output.WriteBytes(hotkey.Bytes);
        output.WriteBytes(StakingStorage.Owner.Get(state, hotkey).Bytes);
        output.WriteCompact(uid);
        output.WriteCompact(netuid);
        output.WriteBool(subnet.Active(uid));
        ServingStorage.Axons.TryGet(state, netuid, hotkey, out var axon);
        AxonInfo.Type.Codec.Encode(output, axon);
        ServingStorage.Prometheus.TryGet(state, netuid, hotkey, out var prometheus);
        PrometheusInfo.Type.Codec.Encode(output, prometheus);
        var stakes = StakingStorage.Stake.IteratePrefix(state, hotkey).ToList();
        output.WriteCompact((ulong)stakes.Count);
        foreach (var (coldkey, stake) in stakes)
        {
            output.WriteBytes(coldkey.Bytes);
            output.WriteCompact(stake);
        }

        output.WriteCompact(subnet.Rank(uid));
        output.WriteCompact(subnet.Emission(uid));
        output.WriteCompact(subnet.Incentive(uid));
        output.WriteCompact(subnet.Consensus(uid));
        output.WriteCompact(subnet.Trust(uid));
        output.WriteCompact(subnet.ValidatorTrust(uid));
        output.WriteCompact(subnet.Dividends(uid));
        output.WriteCompact(subnet.LastUpdate(uid));
        output.WriteBool(subnet.ValidatorPermit(uid));
        if (full)
        {
            WritePairs(output, WeightsStorage.Weights.Get(state, netuid, uid));
            WritePairs(output, WeightsStorage.Bonds.Get(state, netuid, uid));
        }

        output.WriteCompact(subnet.PruningScore(uid));
    }

    private static void WritePairs(ScaleWriter output, (ushort Uid, ushort Value)[] row)
    {
        var kept = row.Where(e => e.Value > 0).ToList();
        output.WriteCompact((ulong)kept.Count);
        foreach (var (uid, value) in kept)
        {
            output.WriteCompact(uid);
            output.WriteCompact(value);
        }
    }

    private static FieldInfo[] Fields(bool full)
    {
        var fields = new List<FieldInfo>
        {
            Field("hotkey", Account, "AccountId"), Field("coldkey", Account, "AccountId"),
            Field("uid", CompactU16, "Compact<u16>"), Field("netuid", CompactU16, "Compact<u16>"), Field("active", Types.Bool.Meta, "bool"),
            Field("axon_info", AxonInfo.Type.Meta, "AxonInfo"), Field("prometheus_info", PrometheusInfo.Type.Meta, "PrometheusInfo"),
            Field("stake", StakeList, "Vec<(AccountId, Compact<u64>)>"),
            Field("rank", CompactU16, "Compact<u16>"), Field("emission", CompactU64, "Compact<u64>"), Field("incentive", CompactU16, "Compact<u16>"),
            Field("consensus", CompactU16, "Compact<u16>"), Field("trust", CompactU16, "Compact<u16>"),
            Field("validator_trust", CompactU16, "Compact<u16>"), Field("dividends", CompactU16, "Compact<u16>"),
            Field("last_update", CompactU64, "Compact<u64>"), Field("validator_permit", Types.Bool.Meta, "bool"),
        };
        if (full)
        {
            fields.Add(Field("weights", PairList, "Vec<(Compact<u16>, Compact<u16>)>"));
            fields.Add(Field("bonds", PairList, "Vec<(Compact<u16>, Compact<u16>)>"));
        }

        fields.Add(Field("pruning_score", CompactU16, "Compact<u16>"));
        return [.. fields];
    }
}
