using Finney.Primitives.Scale;
using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Metadata;

namespace Finney.Runtime.Subtensor.Serving;

/// <summary>Where a hotkey serves its axon (<c>pallet_subtensor::pallet::AxonInfo</c>).</summary>
/// <param name="Block">Block of the announcement.</param>
/// <param name="Version">The axon's software version.</param>
/// <param name="Ip">IPv4 or IPv6 address as u128.</param>
/// <param name="Port">TCP port.</param>
/// <param name="IpType">4 or 6.</param>
/// <param name="Protocol">Transport protocol (0 TCP, 1 UDP…).</param>
/// <param name="Placeholder1">Reserved.</param>
/// <param name="Placeholder2">Reserved.</param>
public readonly record struct AxonInfo(ulong Block, uint Version, UInt128 Ip, ushort Port, byte IpType, byte Protocol, byte Placeholder1, byte Placeholder2)
{
    /// <summary>The codec and metadata type.</summary>
    public static ScaleType<AxonInfo> Type { get; } = new(
        ScaleCodec.Map(
            ScaleCodec.Tuple(ScaleCodec.Tuple(ScaleCodec.U64, ScaleCodec.U32, ScaleCodec.U128), ScaleCodec.Tuple(ScaleCodec.U16, ScaleCodec.U8, ScaleCodec.U8), ScaleCodec.Tuple(ScaleCodec.U8, ScaleCodec.U8)),
            t => new AxonInfo(t.Item1.Item1, t.Item1.Item2, t.Item1.Item3, t.Item2.Item1, t.Item2.Item2, t.Item2.Item3, t.Item3.Item1, t.Item3.Item2),
            a => ((a.Block, a.Version, a.Ip), (a.Port, a.IpType, a.Protocol), (a.Placeholder1, a.Placeholder2)),
            "AxonInfo"),
        new MetaType(
            ["pallet_subtensor", "pallet", "AxonInfo"],
            new CompositeDef([
                new FieldInfo("block", Types.U64.Meta, "u64"),
                new FieldInfo("version", Types.U32.Meta, "u32"),
                new FieldInfo("ip", Types.U128.Meta, "u128"),
                new FieldInfo("port", Types.U16.Meta, "u16"),
                new FieldInfo("ip_type", Types.U8.Meta, "u8"),
                new FieldInfo("protocol", Types.U8.Meta, "u8"),
                new FieldInfo("placeholder1", Types.U8.Meta, "u8"),
                new FieldInfo("placeholder2", Types.U8.Meta, "u8"),
            ])));
}
