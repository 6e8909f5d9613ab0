using Finney.Primitives.Scale;
using Finney.Runtime.Aura;
using Finney.Runtime.Blocks;
using Finney.Runtime.Executive;
using Finney.Runtime.Extrinsics;
using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Metadata;
using Finney.Runtime.System;
using Finney.Runtime.TransactionPayment;
using Finney.Storage;

namespace Finney.Runtime.Api;

/// <summary>What a runtime API call runs against: the runtime, the state at a block, and that block.</summary>
public sealed record RuntimeApiContext(FinneyRuntime Runtime, IStateReader State, BlockRef At);

/// <summary>Runs one runtime API method: reads its SCALE arguments from <paramref name="input"/>, writes its SCALE output.</summary>
public delegate void RuntimeApiHandler(RuntimeApiContext context, ref ScaleReader input, ScaleWriter output);

/// <summary>A runtime API method: name, inputs, output type, docs and implementation.</summary>
public sealed record RuntimeApiMethod(string Name, IReadOnlyList<(string Name, MetaType Type)> Inputs, MetaType Output, string Doc, RuntimeApiHandler Handler);

/// <summary>A runtime API trait: its name, version (as listed in the runtime version's <c>apis</c>), docs and methods.</summary>
public sealed record RuntimeApiDeclaration(string Name, uint Version, string Doc, IReadOnlyList<RuntimeApiMethod> Methods);

/// <summary>
/// The runtime APIs this runtime implements, reachable through <c>state_call("Trait_method", args)</c> and
/// described in V15 metadata. Versions are subtensor's (spec 393).
/// </summary>
public static class RuntimeApis
{
    private static readonly MetaType U32 = Types.U32.Meta;
    private static readonly MetaType Uxt = SignedExtensions.UncheckedExtrinsicType;

    /// <summary>Every declared API.</summary>
    public static IReadOnlyList<RuntimeApiDeclaration> Declarations { get; } =
    [
        new("Core", 5, "The `Core` runtime api that every Substrate runtime needs to implement.",
        [
            new("version", [], RuntimeVersion.Type.Meta, "Returns the version of the runtime.", (c, ref i, o) => RuntimeVersion.Type.Codec.Encode(o, c.Runtime.Version)),
            new("execute_block", [("block", RuntimeApiTypes.Block)], Types.Unit.Meta, "Execute the given block.", ExecuteBlock),
            new("initialize_block", [("header", Header.Type.Meta)], RuntimeApiTypes.ExtrinsicInclusionMode, "Initialize a block with the given header and return the runtime executive mode.", InitializeBlock),
        ]),
        new("Metadata", 2, "The `Metadata` api trait that returns metadata for the runtime.",
        [
            new("metadata", [], RuntimeApiTypes.OpaqueMetadata, "Returns the metadata of a runtime.", (c, ref i, o) => o.WriteByteVec(c.Runtime.MetadataV14)),
            new("metadata_at_version", [("version", U32)], MetaType.Option(RuntimeApiTypes.OpaqueMetadata), "Returns the metadata at a given version.", MetadataAtVersion),
            new("metadata_versions", [], MetaType.Sequence(U32), "Returns the supported metadata versions.", (c, ref i, o) => ScaleCodec.Vec(ScaleCodec.U32).Encode(o, [.. c.Runtime.MetadataVersions])),
        ]),
        new("BlockBuilder", 6, "The `BlockBuilder` api trait that provides the required functionality for building a block.",
        [
            new("apply_extrinsic", [("extrinsic", Uxt)], RuntimeApiTypes.ApplyExtrinsicResult, "Apply the given extrinsic.", ApplyExtrinsic),
            new("inherent_extrinsics", [("inherent", RuntimeApiTypes.InherentData)], MetaType.Sequence(Uxt), "Generate inherent extrinsics. The inherent data will vary from chain to chain.", InherentExtrinsics),
            new("check_inherents", [("block", RuntimeApiTypes.Block), ("data", RuntimeApiTypes.InherentData)], RuntimeApiTypes.CheckInherentsResult, "Check that the inherents are valid. The inherent data will vary from chain to chain.", CheckInherents),
        ]),
        new("TaggedTransactionQueue", 3, "The `TaggedTransactionQueue` api trait for interfering with the transaction queue.",
        [
            new("validate_transaction", [("source", RuntimeApiTypes.TransactionSource), ("tx", Uxt), ("block_hash", Types.H256.Meta)], RuntimeApiTypes.TransactionValidity, "Validate the transaction.", ValidateTransaction),
        ]),
        new("AuraApi", 1, "API necessary for block authorship with aura.",
        [
            new("slot_duration", [], RuntimeApiTypes.SlotDuration, "Returns the slot duration for Aura.", (c, ref i, o) => o.WriteU64(AuraPallet.SlotDuration)),
            new("authorities", [], RuntimeApiTypes.Authorities, "Return the current set of authorities.", (c, ref i, o) => ScaleCodec.Vec(ScaleCodec.FixedBytes(32)).Encode(o, AuraPallet.Authorities.Get(c.State))),
        ]),
        new("AccountNonceApi", 1, "The API to query account nonce.",
        [
            new("account_nonce", [("account", Types.AccountId.Meta)], U32, "Get current account nonce of given `AccountId`.", AccountNonce),
        ]),
        new("TransactionPaymentApi", 4, string.Empty,
        [
            new("query_info", [("uxt", Uxt), ("len", U32)], RuntimeApiTypes.RuntimeDispatchInfo, string.Empty, QueryInfo),
            new("query_fee_details", [("uxt", Uxt), ("len", U32)], RuntimeApiTypes.FeeDetails, string.Empty, QueryFeeDetails),
            new("query_weight_to_fee", [("weight", Types.Weight.Meta)], Types.U64.Meta, string.Empty, (c, ref i, o) => o.WriteU64(Fees.WeightToFee(Weight.Codec.Decode(ref i)))),
            new("query_length_to_fee", [("length", U32)], Types.U64.Meta, string.Empty, (c, ref i, o) => o.WriteU64(Fees.LengthToFee(i.ReadU32()))),
        ]),
        new("TransactionPaymentCallApi", 3, string.Empty,
        [
            new("query_call_info", [("call", RuntimeTypes.Call.Meta), ("len", U32)], RuntimeApiTypes.RuntimeDispatchInfo, "Query information of a dispatch class, weight, and fee of a given encoded `Call`.", QueryCallInfo),
            new("query_call_fee_details", [("call", RuntimeTypes.Call.Meta), ("len", U32)], RuntimeApiTypes.FeeDetails, "Query fee details of a given encoded `Call`.", QueryCallFeeDetails),
            new("query_weight_to_fee", [("weight", Types.Weight.Meta)], Types.U64.Meta, "Query the output of the current `WeightToFee` given some input.", (c, ref i, o) => o.WriteU64(Fees.WeightToFee(Weight.Codec.Decode(ref i)))),
            new("query_length_to_fee", [("length", U32)], Types.U64.Meta, "Query the output of the current `LengthToFee` given some input.", (c, ref i, o) => o.WriteU64(Fees.LengthToFee(i.ReadU32()))),
        ]),
    ];

    /// <summary>The APIs as V15 metadata describes them.</summary>
    public static IReadOnlyList<ApiMetadata> Metadata { get; } = Declarations
        .Select(a => new ApiMetadata(a.Name, a.Methods.Select(m => new ApiMethodMetadata(m.Name, m.Inputs, m.Output, Lines(m.Doc))).ToList(), Lines(a.Doc)))
        .ToList();

    private static readonly Dictionary<string, RuntimeApiMethod> ByName = Declarations
        .SelectMany(a => a.Methods.Select(m => (Key: $"{a.Name}_{m.Name}", Method: m)))
        .ToDictionary(x => x.Key, x => x.Method, StringComparer.Ordinal);

    /// <summary>
    /// Runs <paramref name="method"/>. Unknown names give Substrate's "Exported method … is not found" (clients
    /// test for this text); input that does not decode, or is not fully consumed, gives a decode error.
    /// </summary>
    public static StateCallResult Call(RuntimeApiContext context, string method, ReadOnlySpan<byte> input)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!ByName.TryGetValue(method ?? string.Empty, out var api))
        {
            return new StateCallResult(null, $"Exported method {method} is not found");
        }

        try
        {
            var reader = new ScaleReader(input);
            using var output = new ScaleWriter();
            api.Handler(context, ref reader, output);
            reader.EnsureEnd($"{method} arguments");
            return new StateCallResult(output.ToArray(), null);
        }
        catch (ScaleFormatException e)
        {
            return new StateCallResult(null, $"Execution failed: Could not decode the arguments of {method}: {e.Message}");
        }
        catch (InvalidBlockException e)
        {
            return new StateCallResult(null, $"Execution failed: {e.Message}");
        }
    }

    private static string[] Lines(string doc) => doc.Length == 0 ? [] : [" " + doc];

    private static UncheckedExtrinsic ReadExtrinsic(ref ScaleReader input)
    {
        // The extrinsic's own encoding is compact length ++ body; canonical compacts re-encode to the same bytes.
        var length = input.ReadCompactLength();
        var body = input.ReadBytes(length);
        using var writer = new ScaleWriter(length + 5);
        writer.WriteCompact((ulong)length);
        writer.WriteBytes(body);
        return UncheckedExtrinsic.Decode(writer.ToArray());
    }

    private static void ExecuteBlock(RuntimeApiContext c, ref ScaleReader input, ScaleWriter output)
    {
        var header = Header.Type.Codec.Decode(ref input);
        var count = input.ReadCompactLength();
        var extrinsics = new List<byte[]>(count);
        for (var i = 0; i < count; i++)
        {
            extrinsics.Add(ReadExtrinsic(ref input).Encoded);
        }

        c.Runtime.ImportBlock(c.State, new Block(header, extrinsics));
    }

    private static void InitializeBlock(RuntimeApiContext c, ref ScaleReader input, ScaleWriter output)
    {
        var header = Header.Type.Codec.Decode(ref input);
        BlockExecutive.InitializeBlock(new StateOverlay(c.State), header.Number, header.ParentHash, header.Digest);
        output.WriteU8(0);
    }

    private static void MetadataAtVersion(RuntimeApiContext c, ref ScaleReader input, ScaleWriter output)
    {
        byte[]? metadata = input.ReadU32() switch
        {
            14 => c.Runtime.MetadataV14,
            15 => c.Runtime.MetadataV15,
            _ => null,
        };
        if (metadata is null)
        {
            output.WriteU8(0);
            return;
        }

        output.WriteU8(1);
        output.WriteByteVec(metadata);
    }

    // Applies the extrinsic in a fresh child block of the queried one (no inherents), as a dry run.
    private static void ApplyExtrinsic(RuntimeApiContext c, ref ScaleReader input, ScaleWriter output)
    {
        var xt = ReadExtrinsic(ref input);
        var block = BlockExecutive.InitializeBlock(new StateOverlay(c.State), checked(c.At.Number + 1), c.At.Hash, []);
        ApplyExtrinsicResult.Codec.Encode(output, BlockExecutive.ApplyExtrinsic(block, xt));
    }

    private static void InherentExtrinsics(RuntimeApiContext c, ref ScaleReader input, ScaleWriter output)
    {
        var data = InherentDataCodec.Decode(ref input);
        var inherents = data.TryGetValue(TimestampInherentId, out var raw) ? [FinneyRuntime.TimestampInherent(ScaleCodec.Decode(ScaleCodec.U64, raw))] : Array.Empty<byte[]>();
        output.WriteCompact((ulong)inherents.Length);
        foreach (var inherent in inherents)
        {
            output.WriteBytes(inherent);
        }
    }

    private static void CheckInherents(RuntimeApiContext c, ref ScaleReader input, ScaleWriter output)
    {
        Header.Type.Codec.Decode(ref input);
        var count = input.ReadCompactLength();
        for (var i = 0; i < count; i++)
        {
            ReadExtrinsic(ref input);
        }

        InherentDataCodec.Decode(ref input);
        output.WriteBool(true);
        output.WriteBool(false);
        output.WriteCompact(0);
    }

    private static void ValidateTransaction(RuntimeApiContext c, ref ScaleReader input, ScaleWriter output)
    {
        ScaleCodec.FieldlessEnum<TransactionSource>().Decode(ref input);
        var xt = ReadExtrinsic(ref input);
        var blockHash = input.ReadBytes(32).ToArray();
        var (valid, error) = BlockExecutive.ValidateTransaction(c.State, c.At.Number, blockHash, xt);
        if (valid is not null)
        {
            output.WriteU8(0);
            ValidTransaction.Codec.Encode(output, valid);
        }
        else
        {
            output.WriteU8(1);
            TransactionValidityError.Codec.Encode(output, error!.Value);
        }
    }

    private static void AccountNonce(RuntimeApiContext c, ref ScaleReader input, ScaleWriter output)
    {
        var account = Types.AccountId.Codec.Decode(ref input);
        output.WriteU32(SystemStorage.Account.Get(c.State, account).Nonce);
    }

    private static void QueryInfo(RuntimeApiContext c, ref ScaleReader input, ScaleWriter output)
    {
        var xt = ReadExtrinsic(ref input);
        var length = input.ReadU32();
        var info = xt.Call.GetDispatchInfo();
        WriteDispatchInfo(output, info, xt.Signature is null ? 0 : Fees.Compute(length, info, 0).Total);
    }

    private static void QueryFeeDetails(RuntimeApiContext c, ref ScaleReader input, ScaleWriter output)
    {
        var xt = ReadExtrinsic(ref input);
        var length = input.ReadU32();
        WriteFeeDetails(output, xt.Signature is null ? new FeeDetails(null, 0) : Fees.Compute(length, xt.Call.GetDispatchInfo(), 0));
    }

    private static void QueryCallInfo(RuntimeApiContext c, ref ScaleReader input, ScaleWriter output)
    {
        var call = RuntimeTypes.Call.Codec.Decode(ref input);
        var info = call.GetDispatchInfo();
        WriteDispatchInfo(output, info, Fees.Compute(input.ReadU32(), info, 0).Total);
    }

    private static void QueryCallFeeDetails(RuntimeApiContext c, ref ScaleReader input, ScaleWriter output)
    {
        var call = RuntimeTypes.Call.Codec.Decode(ref input);
        WriteFeeDetails(output, Fees.Compute(input.ReadU32(), call.GetDispatchInfo(), 0));
    }

    private static void WriteDispatchInfo(ScaleWriter output, DispatchInfo info, ulong partialFee)
    {
        Weight.Codec.Encode(output, info.Weight);
        output.WriteU8((byte)info.Class);
        output.WriteU64(partialFee);
    }

    private static void WriteFeeDetails(ScaleWriter output, FeeDetails details)
    {
        if (details.InclusionFee is { } fee)
        {
            output.WriteU8(1);
            output.WriteU64(fee.BaseFee);
            output.WriteU64(fee.LenFee);
            output.WriteU64(fee.AdjustedWeightFee);
        }
        else
        {
            output.WriteU8(0);
        }

        output.WriteU64(details.Tip);
    }

    private static readonly byte[] TimestampInherentId = "timstap0"u8.ToArray();

    private static readonly IScaleCodec<IReadOnlyDictionary<byte[], byte[]>> InherentDataCodec =
        ScaleCodec.BTreeMap(ScaleCodec.FixedBytes(8), ScaleCodec.Bytes, Comparer<byte[]>.Create((a, b) => a.AsSpan().SequenceCompareTo(b)));
}
