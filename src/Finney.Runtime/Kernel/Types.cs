using Finney.Primitives.Accounts;
using Finney.Primitives.Scale;
using Finney.Runtime.Kernel.Metadata;

namespace Finney.Runtime.Kernel;

/// <summary>The value types the runtime's pallets share, with their codecs and metadata descriptions.</summary>
public static class Types
{
    /// <summary><c>u8</c>.</summary>
    public static ScaleType<byte> U8 { get; } = new(ScaleCodec.U8, MetaType.Primitive(PrimitiveKind.U8));

    /// <summary><c>u16</c>.</summary>
    public static ScaleType<ushort> U16 { get; } = new(ScaleCodec.U16, MetaType.Primitive(PrimitiveKind.U16));

    /// <summary><c>u32</c>.</summary>
    public static ScaleType<uint> U32 { get; } = new(ScaleCodec.U32, MetaType.Primitive(PrimitiveKind.U32));

    /// <summary><c>u64</c>.</summary>
    public static ScaleType<ulong> U64 { get; } = new(ScaleCodec.U64, MetaType.Primitive(PrimitiveKind.U64));

    /// <summary><c>u128</c>.</summary>
    public static ScaleType<UInt128> U128 { get; } = new(ScaleCodec.U128, MetaType.Primitive(PrimitiveKind.U128));

    /// <summary><c>bool</c>.</summary>
    public static ScaleType<bool> Bool { get; } = new(ScaleCodec.Bool, MetaType.Primitive(PrimitiveKind.Bool));

    /// <summary><c>String</c>.</summary>
    public static ScaleType<string> Str { get; } = new(ScaleCodec.Str, MetaType.Primitive(PrimitiveKind.Str));

    /// <summary><c>Vec&lt;u8&gt;</c>.</summary>
    public static ScaleType<byte[]> Bytes { get; } = new(ScaleCodec.Bytes, MetaType.Sequence(U8.Meta));

    /// <summary><c>()</c>.</summary>
    public static ScaleType<ValueTuple> Unit { get; } = new(ScaleCodec.Unit, MetaType.Tuple());

    /// <summary><c>Compact&lt;u32&gt;</c>.</summary>
    public static ScaleType<uint> CompactU32 { get; } = new(ScaleCodec.CompactU32, MetaType.Compact(U32.Meta));

    /// <summary><c>Compact&lt;u64&gt;</c>.</summary>
    public static ScaleType<ulong> CompactU64 { get; } = new(ScaleCodec.CompactU64, MetaType.Compact(U64.Meta));

    /// <summary><c>[u8; 32]</c>.</summary>
    public static ScaleType<byte[]> Bytes32 { get; } = new(ScaleCodec.FixedBytes(32), MetaType.Array(U8.Meta, 32));

    /// <summary><c>primitive_types::H256</c>: a 32-byte hash.</summary>
    public static ScaleType<byte[]> H256 { get; } = new(
        ScaleCodec.FixedBytes(32),
        new MetaType(["primitive_types", "H256"], new CompositeDef([new FieldInfo(null, Bytes32.Meta, "[u8; 32]")])));

    /// <summary><c>sp_core::crypto::AccountId32</c>.</summary>
    public static ScaleType<AccountId32> AccountId { get; } = new(
        new AccountIdCodec(),
        new MetaType(["sp_core", "crypto", "AccountId32"], new CompositeDef([new FieldInfo(null, Bytes32.Meta, "[u8; 32]")])));

    /// <summary>Balances: <c>u64</c> RAO on subtensor.</summary>
    public static ScaleType<ulong> Balance => U64;

    /// <summary>Balances in call arguments: <c>Compact&lt;u64&gt;</c>.</summary>
    public static ScaleType<ulong> CompactBalance => CompactU64;

    /// <summary><c>sp_weights::weight_v2::Weight</c>.</summary>
    public static ScaleType<Weight> Weight { get; } = new(
        Kernel.Weight.Codec,
        new MetaType(
            ["sp_weights", "weight_v2", "Weight"],
            new CompositeDef([new FieldInfo("ref_time", CompactU64.Meta, "u64"), new FieldInfo("proof_size", CompactU64.Meta, "u64")])));

    /// <summary><c>Option&lt;T&gt;</c>.</summary>
    public static ScaleType<Option<T>> Option<T>(ScaleType<T> some) => new(ScaleCodec.Option(some.Codec), MetaType.Option(some.Meta));

    /// <summary><c>Vec&lt;T&gt;</c>.</summary>
    public static ScaleType<T[]> Vec<T>(ScaleType<T> item) => new(ScaleCodec.Vec(item.Codec), MetaType.Sequence(item.Meta));

    /// <summary>A two-tuple.</summary>
    public static ScaleType<(T1, T2)> Tuple<T1, T2>(ScaleType<T1> first, ScaleType<T2> second) =>
        new(ScaleCodec.Tuple(first.Codec, second.Codec), MetaType.Tuple(first.Meta, second.Meta));

    /// <summary>A fieldless enum whose members are the variants, with a Rust path.</summary>
    public static ScaleType<TEnum> Enum<TEnum>(params string[] path)
        where TEnum : struct, global::System.Enum =>
        new(ScaleCodec.FieldlessEnum<TEnum>(), new MetaType(path, Declarations.ErrorTable.VariantsOf<TEnum>()));

    private sealed class AccountIdCodec : IScaleCodec<AccountId32>
    {
        public string TypeName => "AccountId32";

        public int MinEncodedSize => AccountId32.Length;

        public void Encode(ScaleWriter writer, AccountId32 value) => writer.WriteBytes(value.Bytes);

        public AccountId32 Decode(ref ScaleReader reader) => new(reader.ReadBytes(AccountId32.Length));
    }
}
