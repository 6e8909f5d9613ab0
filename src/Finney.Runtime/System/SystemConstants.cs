using Finney.Primitives.Scale;
using Finney.Runtime.Api;
using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Declarations;
using Finney.Runtime.Kernel.Metadata;

namespace Finney.Runtime.System;

/// <summary>System's constants, in metadata order, with their types.</summary>
public static class SystemConstants
{
    /// <summary>Maximum number of block number to block hash mappings to keep (oldest pruned first).</summary>
    public const uint BlockHashCount = 2400;

    /// <summary>The designated SS58 prefix of this chain.</summary>
    public const ushort SS58Prefix = 42;

    /// <summary>Block and extrinsics weights: base values and limits.</summary>
    public static byte[] BlockWeights => EncodeBlockWeights();

    /// <summary>The maximum length of a block (in bytes).</summary>
    public static byte[] BlockLength => ScaleCodec.Encode(
        ScaleCodec.Tuple(ScaleCodec.U32, ScaleCodec.U32, ScaleCodec.U32),
        (RuntimeConstants.NormalBlockLength, RuntimeConstants.MaximumBlockLength, RuntimeConstants.MaximumBlockLength));

    /// <summary>The weight of runtime database operations the runtime can invoke.</summary>
    public static byte[] DbWeight => ScaleCodec.Encode(ScaleCodec.Tuple(ScaleCodec.U64, ScaleCodec.U64), (RuntimeConstants.DbWeight.Read.RefTime, RuntimeConstants.DbWeight.Write.RefTime));

    /// <summary>Get the chain's in-code version.</summary>
    public static byte[] Version => RuntimeVersion.Current.Encode();

    /// <summary>The constants as metadata declares them.</summary>
    public static PalletConstant[] All =>
    [
        new(nameof(BlockWeights), BlockWeightsMeta, BlockWeights, RuntimeDocs.ForMember(typeof(SystemConstants), nameof(BlockWeights))),
        new(nameof(BlockLength), BlockLengthMeta, BlockLength, RuntimeDocs.ForMember(typeof(SystemConstants), nameof(BlockLength))),
        PalletConstant.Of(nameof(BlockHashCount), Types.U32, BlockHashCount, typeof(SystemConstants)),
        new(nameof(DbWeight), DbWeightMeta, DbWeight, RuntimeDocs.ForMember(typeof(SystemConstants), nameof(DbWeight))),
        new(nameof(Version), RuntimeVersion.Type.Meta, Version, RuntimeDocs.ForMember(typeof(SystemConstants), nameof(Version))),
        PalletConstant.Of(nameof(SS58Prefix), Types.U16, SS58Prefix, typeof(SystemConstants)),
    ];

    private static readonly MetaType OptionWeight = MetaType.Option(Types.Weight.Meta);

    private static readonly MetaType WeightsPerClassMeta = new(
        ["frame_system", "limits", "WeightsPerClass"],
        new CompositeDef([
            new FieldInfo("base_extrinsic", Types.Weight.Meta, "Weight"),
            new FieldInfo("max_extrinsic", OptionWeight, "Option<Weight>"),
            new FieldInfo("max_total", OptionWeight, "Option<Weight>"),
            new FieldInfo("reserved", OptionWeight, "Option<Weight>"),
        ]));

    private static readonly MetaType BlockWeightsMeta = new(
        ["frame_system", "limits", "BlockWeights"],
        new CompositeDef([
            new FieldInfo("base_block", Types.Weight.Meta, "Weight"),
            new FieldInfo("max_block", Types.Weight.Meta, "Weight"),
            new FieldInfo("per_class", PerDispatchClassMeta(WeightsPerClassMeta), "PerDispatchClass<WeightsPerClass>"),
        ]));

    private static readonly MetaType BlockLengthMeta = new(
        ["frame_system", "limits", "BlockLength"],
        new CompositeDef([new FieldInfo("max", PerDispatchClassMeta(Types.U32.Meta), "PerDispatchClass<u32>")]));

    private static readonly MetaType DbWeightMeta = new(
        ["sp_weights", "RuntimeDbWeight"],
        new CompositeDef([new FieldInfo("read", Types.U64.Meta, "u64"), new FieldInfo("write", Types.U64.Meta, "u64")]));

    private static MetaType PerDispatchClassMeta(MetaType item) => new(
        ["frame_support", "dispatch", "PerDispatchClass"],
        new CompositeDef([new FieldInfo("normal", item, "T"), new FieldInfo("operational", item, "T"), new FieldInfo("mandatory", item, "T")]),
        [new TypeParameter("T", item)]);

    // Values as subtensor's BlockWeights::with_sensible_defaults(4 s, 75 %) produces them.
    private static byte[] EncodeBlockWeights()
    {
        using var w = new ScaleWriter();
        var max = RuntimeConstants.MaximumBlockWeight;
        var normalTotal = RuntimeConstants.NormalMaxTotal;
        var baseExtrinsic = RuntimeConstants.BaseExtrinsicWeight;
        var initialization = RuntimeConstants.AverageInitializationWeight;
        Weight.Codec.Encode(w, RuntimeConstants.BaseBlockWeight);
        Weight.Codec.Encode(w, max);
        WriteClass(w, baseExtrinsic, normalTotal.SaturatingSub(initialization).SaturatingSub(baseExtrinsic), normalTotal, Weight.Zero);
        WriteClass(w, baseExtrinsic, max.SaturatingSub(initialization).SaturatingSub(baseExtrinsic), max, max.SaturatingSub(normalTotal));
        Weight.Codec.Encode(w, baseExtrinsic);
        w.WriteU8(0);
        w.WriteU8(0);
        w.WriteU8(0);
        return w.ToArray();
    }

    private static void WriteClass(ScaleWriter w, Weight baseExtrinsic, Weight maxExtrinsic, Weight maxTotal, Weight reserved)
    {
        Weight.Codec.Encode(w, baseExtrinsic);
        foreach (var value in new[] { maxExtrinsic, maxTotal, reserved })
        {
            w.WriteU8(1);
            Weight.Codec.Encode(w, value);
        }
    }
}
