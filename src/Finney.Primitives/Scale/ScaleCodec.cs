using Finney.Primitives.Scale.Codecs;

namespace Finney.Primitives.Scale;

/// <summary>
/// Entry point for SCALE codecs: ready-made codecs for primitives, combinators for composite types (in
/// <c>ScaleCodec.Composites.cs</c>), and <see cref="Encode{T}"/> / <see cref="Decode{T}"/> for whole values.
/// Codecs are immutable and thread-safe; build composite ones once and keep them in static fields.
/// </summary>
/// <example>
/// <code>
/// var codec = ScaleCodec.Vec(ScaleCodec.Option(ScaleCodec.U32));
/// byte[] bytes = ScaleCodec.Encode(codec, [Option.Some(1u), Option&lt;uint&gt;.None]);   // 08 01 01000000 00
/// Option&lt;uint&gt;[] back = ScaleCodec.Decode(codec, bytes);
/// </code>
/// </example>
public static partial class ScaleCodec
{
    /// <summary><c>u8</c>.</summary>
    public static IScaleCodec<byte> U8 { get; } = new IntegerCodec<byte>("u8");

    /// <summary><c>u16</c>, little-endian.</summary>
    public static IScaleCodec<ushort> U16 { get; } = new IntegerCodec<ushort>("u16");

    /// <summary><c>u32</c>, little-endian.</summary>
    public static IScaleCodec<uint> U32 { get; } = new IntegerCodec<uint>("u32");

    /// <summary><c>u64</c>, little-endian.</summary>
    public static IScaleCodec<ulong> U64 { get; } = new IntegerCodec<ulong>("u64");

    /// <summary><c>u128</c>, little-endian (balances).</summary>
    public static IScaleCodec<UInt128> U128 { get; } = new IntegerCodec<UInt128>("u128");

    /// <summary><c>i8</c>.</summary>
    public static IScaleCodec<sbyte> I8 { get; } = new IntegerCodec<sbyte>("i8");

    /// <summary><c>i16</c>, little-endian two's complement.</summary>
    public static IScaleCodec<short> I16 { get; } = new IntegerCodec<short>("i16");

    /// <summary><c>i32</c>, little-endian two's complement.</summary>
    public static IScaleCodec<int> I32 { get; } = new IntegerCodec<int>("i32");

    /// <summary><c>i64</c>, little-endian two's complement.</summary>
    public static IScaleCodec<long> I64 { get; } = new IntegerCodec<long>("i64");

    /// <summary><c>i128</c>, little-endian two's complement.</summary>
    public static IScaleCodec<Int128> I128 { get; } = new IntegerCodec<Int128>("i128");

    /// <summary><c>bool</c>: <c>00</c> or <c>01</c>; other bytes are rejected.</summary>
    public static IScaleCodec<bool> Bool { get; } = new BoolCodec();

    /// <summary><c>Option&lt;bool&gt;</c> in its one-byte form (0 None, 1 true, 2 false); <c>Option(Bool)</c> returns this.</summary>
    public static IScaleCodec<Option<bool>> OptionBool { get; } = new OptionBoolCodec();

    /// <summary><c>Compact&lt;u32&gt;</c> (block numbers, indices).</summary>
    public static IScaleCodec<uint> CompactU32 { get; } = new CompactU32Codec();

    /// <summary><c>Compact&lt;u64&gt;</c> (weights, TAO amounts in calls).</summary>
    public static IScaleCodec<ulong> CompactU64 { get; } = new CompactU64Codec();

    /// <summary><c>Compact&lt;u128&gt;</c> (balances in calls).</summary>
    public static IScaleCodec<UInt128> CompactU128 { get; } = new CompactU128Codec();

    /// <summary><c>String</c>: compact byte length, then UTF-8 (invalid UTF-8 is rejected).</summary>
    public static IScaleCodec<string> Str { get; } = new StringCodec();

    /// <summary><c>Vec&lt;u8&gt;</c>: compact length, then the bytes.</summary>
    public static IScaleCodec<byte[]> Bytes { get; } = Vec(U8);

    /// <summary>Rust's <c>()</c>, as <see cref="ValueTuple"/>: no bytes at all.</summary>
    public static IScaleCodec<ValueTuple> Unit { get; } = new UnitCodec();

    /// <summary>Encodes a whole value into a new array.</summary>
    /// <exception cref="ArgumentException">The codec cannot encode <paramref name="value"/>.</exception>
    public static byte[] Encode<T>(IScaleCodec<T> codec, T value)
    {
        ArgumentNullException.ThrowIfNull(codec);
        using var writer = new ScaleWriter();
        codec.Encode(writer, value);
        return writer.ToArray();
    }

    /// <summary>Decodes a whole value: the input must hold exactly one encoding, with no bytes left over.</summary>
    /// <exception cref="ScaleFormatException">The input is not exactly one valid encoding.</exception>
    public static T Decode<T>(IScaleCodec<T> codec, ReadOnlySpan<byte> input)
    {
        ArgumentNullException.ThrowIfNull(codec);
        var reader = new ScaleReader(input);
        var value = codec.Decode(ref reader);
        reader.EnsureEnd(codec.TypeName);
        return value;
    }
}
