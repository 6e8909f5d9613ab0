using Finney.Runtime.Extrinsics;
using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Metadata;

namespace Finney.Runtime.Executive;

/// <summary>One signed extension as metadata lists it: its identifier, explicit-data type and implicit-data type.</summary>
public sealed record SignedExtensionInfo(string Identifier, MetaType Type, MetaType Implicit);

/// <summary>
/// The signed extensions in metadata order. The identifiers and their relative order are subtensor's (spec 393),
/// so polkadot.js and py-scalecodec, which place era, nonce, tip and mode by identifier and by fixed order,
/// build the same payload; subtensor's zero-size extensions for pallets this runtime does not have (DrandPriority,
/// CheckShieldedTxValidity) are left out, and SubtensorTransactionExtension stays as a zero-size placeholder.
/// </summary>
public static class SignedExtensions
{
    private static readonly MetaType Unit = Types.Unit.Meta;

    /// <summary>The metadata-hash mode enum (<c>frame_metadata_hash_extension::Mode</c>).</summary>
    public static readonly MetaType MetadataHashMode = new(
        ["frame_metadata_hash_extension", "Mode"],
        new VariantDef([new VariantInfo("Disabled", [], 0, []), new VariantInfo("Enabled", [], 1, [])]));

    /// <summary>Every extension, in the order their data is concatenated.</summary>
    public static IReadOnlyList<SignedExtensionInfo> All { get; } =
    [
        new("CheckNonZeroSender", Marker("frame_system", "extensions", "check_non_zero_sender", "CheckNonZeroSender"), Unit),
        new("CheckSpecVersion", Marker("frame_system", "extensions", "check_spec_version", "CheckSpecVersion"), Types.U32.Meta),
        new("CheckTxVersion", Marker("frame_system", "extensions", "check_tx_version", "CheckTxVersion"), Types.U32.Meta),
        new("CheckGenesis", Marker("frame_system", "extensions", "check_genesis", "CheckGenesis"), Types.H256.Meta),
        new("CheckMortality", Wrapper(["frame_system", "extensions", "check_mortality", "CheckMortality"], Era.Type.Meta, "Era"), Types.H256.Meta),
        new("CheckNonce", Wrapper(["node_subtensor_runtime", "check_nonce", "CheckNonce"], Types.CompactU32.Meta, "T::Nonce"), Unit),
        new("CheckWeight", Marker("frame_system", "extensions", "check_weight", "CheckWeight"), Unit),
        new("ChargeTransactionPayment", Wrapper(["pallet_transaction_payment", "ChargeTransactionPayment"], Types.CompactU64.Meta, "BalanceOf<T>"), Unit),
        new("SudoTransactionExtension", Marker("node_subtensor_runtime", "sudo_wrapper", "SudoTransactionExtension"), Unit),
        new("SubtensorTransactionExtension", Marker("pallet_subtensor", "transaction_extension", "SubtensorTransactionExtension"), Unit),
        new("CheckMetadataHash", new MetaType(["frame_metadata_hash_extension", "CheckMetadataHash"], new CompositeDef([new FieldInfo("mode", MetadataHashMode, "Mode")]), [new TypeParameter("T", null)]), MetaType.Option(Types.H256.Meta)),
    ];

    /// <summary>The tuple of every extension's type: the <c>Extra</c> parameter of the extrinsic type.</summary>
    public static MetaType ExtraTuple { get; } = MetaType.Tuple([.. All.Select(e => e.Type)]);

    /// <summary>
    /// <c>sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic&lt;Address, Call, Signature, Extra&gt;</c>, opaque
    /// bytes whose four parameters tell clients the address, call, signature and extra types.
    /// </summary>
    public static MetaType UncheckedExtrinsicType { get; } = new(
        ["sp_runtime", "generic", "unchecked_extrinsic", "UncheckedExtrinsic"],
        new CompositeDef([new FieldInfo(null, Types.Bytes.Meta)]),
        [
            new TypeParameter("Address", MultiAddress.Type.Meta),
            new TypeParameter("Call", RuntimeTypes.Call.Meta),
            new TypeParameter("Signature", MultiSignature.Type.Meta),
            new TypeParameter("Extra", ExtraTuple),
        ]);

    private static MetaType Marker(params string[] path) => new(path, new CompositeDef([]), [new TypeParameter("T", null)]);

    private static MetaType Wrapper(string[] path, MetaType field, string typeName) =>
        new(path, new CompositeDef([new FieldInfo(null, field, typeName)]), [new TypeParameter("T", null)]);
}
