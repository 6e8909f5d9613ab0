using Finney.Runtime.Aura;
using Finney.Runtime.Blocks;
using Finney.Runtime.Executive;
using Finney.Runtime.Extrinsics;
using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Declarations;
using Finney.Runtime.Kernel.Metadata;

namespace Finney.Runtime.Api;

/// <summary>The metadata types of runtime API inputs and outputs (V15 <c>apis</c>).</summary>
public static class RuntimeApiTypes
{
    /// <summary><c>sp_runtime::generic::block::Block</c>.</summary>
    public static MetaType Block { get; } = new(
        ["sp_runtime", "generic", "block", "Block"],
        new CompositeDef([new FieldInfo("header", Header.Type.Meta, "Header"), new FieldInfo("extrinsics", MetaType.Sequence(SignedExtensions.UncheckedExtrinsicType), "Vec<Extrinsic>")]),
        [new TypeParameter("Header", Header.Type.Meta), new TypeParameter("Extrinsic", SignedExtensions.UncheckedExtrinsicType)]);

    /// <summary><c>sp_runtime::ExtrinsicInclusionMode</c>.</summary>
    public static MetaType ExtrinsicInclusionMode { get; } = new(
        ["sp_runtime", "ExtrinsicInclusionMode"],
        new VariantDef([new VariantInfo("AllExtrinsics", [], 0, []), new VariantInfo("OnlyInherents", [], 1, [])]));

    /// <summary><c>sp_core::OpaqueMetadata</c>.</summary>
    public static MetaType OpaqueMetadata { get; } = new(["sp_core", "OpaqueMetadata"], new CompositeDef([new FieldInfo(null, Types.Bytes.Meta, "Vec<u8>")]));

    /// <summary><c>sp_runtime::transaction_validity::TransactionValidityError</c>.</summary>
    public static MetaType TransactionValidityError { get; } = new(
        ["sp_runtime", "transaction_validity", "TransactionValidityError"],
        new VariantDef([
            new VariantInfo("Invalid", [new FieldInfo(null, Fieldless<InvalidTransaction>("InvalidTransaction"), "InvalidTransaction")], 0, []),
            new VariantInfo("Unknown", [new FieldInfo(null, Fieldless<UnknownTransaction>("UnknownTransaction"), "UnknownTransaction")], 1, []),
        ]));

    /// <summary><c>ApplyExtrinsicResult</c>.</summary>
    public static MetaType ApplyExtrinsicResult { get; } = MetaType.Result(RuntimeTypes.DispatchResult.Meta, TransactionValidityError);

    /// <summary><c>sp_inherents::InherentData</c>: a map from 8-byte identifiers to encoded data.</summary>
    public static MetaType InherentData { get; } = new(
        ["sp_inherents", "InherentData"],
        new CompositeDef([new FieldInfo("data", BTreeMap(MetaType.Array(Types.U8.Meta, 8), Types.Bytes.Meta), "BTreeMap<InherentIdentifier, Vec<u8>>")]));

    /// <summary><c>sp_inherents::CheckInherentsResult</c>.</summary>
    public static MetaType CheckInherentsResult { get; } = new(
        ["sp_inherents", "CheckInherentsResult"],
        new CompositeDef([new FieldInfo("okay", Types.Bool.Meta, "bool"), new FieldInfo("fatal_error", Types.Bool.Meta, "bool"), new FieldInfo("errors", InherentData, "InherentData")]));

    /// <summary><c>TransactionSource</c>.</summary>
    public static MetaType TransactionSource { get; } = new(["sp_runtime", "transaction_validity", "TransactionSource"], ErrorTable.VariantsOf<Extrinsics.TransactionSource>());

    /// <summary><c>TransactionValidity</c> = <c>Result&lt;ValidTransaction, TransactionValidityError&gt;</c>.</summary>
    public static MetaType TransactionValidity { get; } = MetaType.Result(
        new MetaType(
            ["sp_runtime", "transaction_validity", "ValidTransaction"],
            new CompositeDef([
                new FieldInfo("priority", Types.U64.Meta, "TransactionPriority"),
                new FieldInfo("requires", MetaType.Sequence(Types.Bytes.Meta), "Vec<TransactionTag>"),
                new FieldInfo("provides", MetaType.Sequence(Types.Bytes.Meta), "Vec<TransactionTag>"),
                new FieldInfo("longevity", Types.U64.Meta, "TransactionLongevity"),
                new FieldInfo("propagate", Types.Bool.Meta, "bool"),
            ])),
        TransactionValidityError);

    /// <summary><c>sp_consensus_slots::SlotDuration</c>.</summary>
    public static MetaType SlotDuration { get; } = new(["sp_consensus_slots", "SlotDuration"], new CompositeDef([new FieldInfo(null, Types.U64.Meta, "u64")]));

    /// <summary>Aura authorities.</summary>
    public static MetaType Authorities { get; } = MetaType.Sequence(AuraPallet.AuthorityId.Meta);

    /// <summary><c>pallet_transaction_payment::types::RuntimeDispatchInfo&lt;u64, Weight&gt;</c>.</summary>
    public static MetaType RuntimeDispatchInfo { get; } = new(
        ["pallet_transaction_payment", "types", "RuntimeDispatchInfo"],
        new CompositeDef([
            new FieldInfo("weight", Types.Weight.Meta, "Weight"),
            new FieldInfo("class", RuntimeTypes.DispatchClass.Meta, "DispatchClass"),
            new FieldInfo("partial_fee", Types.U64.Meta, "Balance"),
        ]),
        [new TypeParameter("Balance", Types.U64.Meta), new TypeParameter("Weight", Types.Weight.Meta)]);

    /// <summary><c>pallet_transaction_payment::types::FeeDetails&lt;u64&gt;</c>.</summary>
    public static MetaType FeeDetails { get; } = new(
        ["pallet_transaction_payment", "types", "FeeDetails"],
        new CompositeDef([
            new FieldInfo(
                "inclusion_fee",
                MetaType.Option(new MetaType(
                    ["pallet_transaction_payment", "types", "InclusionFee"],
                    new CompositeDef([
                        new FieldInfo("base_fee", Types.U64.Meta, "Balance"),
                        new FieldInfo("len_fee", Types.U64.Meta, "Balance"),
                        new FieldInfo("adjusted_weight_fee", Types.U64.Meta, "Balance"),
                    ]),
                    [new TypeParameter("Balance", Types.U64.Meta)])),
                "Option<InclusionFee<Balance>>"),
            new FieldInfo("tip", Types.U64.Meta, "Balance"),
        ]),
        [new TypeParameter("Balance", Types.U64.Meta)]);

    private static MetaType Fieldless<TEnum>(string name)
        where TEnum : struct, Enum => new(["sp_runtime", "transaction_validity", name], ErrorTable.VariantsOf<TEnum>());

    private static MetaType BTreeMap(MetaType key, MetaType value) => new(
        ["BTreeMap"],
        new CompositeDef([new FieldInfo(null, MetaType.Sequence(MetaType.Tuple(key, value)))]),
        [new TypeParameter("K", key), new TypeParameter("V", value)]);
}
