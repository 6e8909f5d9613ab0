using Finney.Primitives.Scale;
using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Metadata;

namespace Finney.Runtime.Subtensor.Serving;

/// <summary>Where a hotkey serves its Prometheus metrics (<c>pallet_subtensor::pallet::PrometheusInfo</c>).</summary>
/// <param name="Block">Block of the announcement.</param>
/// <param name="Version">The exporter's software version.</param>
/// <param name="Ip">IPv4 or IPv6 address as u128.</param>
/// <param name="Port">TCP port.</param>
/// <param name="IpType">4 or 6.</param>
public readonly record struct PrometheusInfo(ulong Block, uint Version, UInt128 Ip, ushort Port, byte IpType)
{
    /// <summary>The codec and metadata type.</summary>
    public static ScaleType<PrometheusInfo> Type { get; } = new(
        ScaleCodec.Map(
            ScaleCodec.Tuple(ScaleCodec.Tuple(ScaleCodec.U64, ScaleCodec.U32, ScaleCodec.U128), ScaleCodec.Tuple(ScaleCodec.U16, ScaleCodec.U8)),
            t => new PrometheusInfo(t.Item1.Item1, t.Item1.Item2, t.Item1.Item3, t.Item2.Item1, t.Item2.Item2),
            p => ((p.Block, p.Version, p.Ip), (p.Port, p.IpType)),
            "PrometheusInfo"),
        new MetaType(
            ["pallet_subtensor", "pallet", "PrometheusInfo"],
            new CompositeDef([
                new FieldInfo("block", Types.U64.Meta, "u64"),
                new FieldInfo("version", Types.U32.Meta, "u32"),
                new FieldInfo("ip", Types.U128.Meta, "u128"),
                new FieldInfo("port", Types.U16.Meta, "u16"),
                new FieldInfo("ip_type", Types.U8.Meta, "u8"),
            ])));
}
