using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Finney.Primitives.Scale;

namespace Finney.Primitives.Tests.Scale;

// decode(encode(x)) == x, and encoding the decoded value gives the same bytes again.
public class RoundTripProperties
{
    [Property(MaxTest = 500)]
    public Property Compact_FullU128Range_RoundTripsAndLengthMatches() => Prop.ForAll(ScaleGen.U128.ToArbitrary(), value =>
    {
        var bytes = Compact.Encode(value);
        var reader = new ScaleReader(bytes);

        reader.ReadCompactU128().ShouldBe(value);
        reader.IsAtEnd.ShouldBeTrue();
        bytes.Length.ShouldBe(Compact.EncodedLength(value));
        ScaleCodec.Encode(ScaleCodec.CompactU128, value).ShouldBe(bytes);
    });

    [Property(MaxTest = 500)]
    public Property CompactU64AndU32_InRange_RoundTrip_OutOfRange_Rejected() => Prop.ForAll(ScaleGen.U128.ToArbitrary(), value =>
    {
        var bytes = Compact.Encode(value);

        if (value <= ulong.MaxValue)
        {
            ScaleCodec.Decode(ScaleCodec.CompactU64, bytes).ShouldBe((ulong)value);
        }
        else
        {
            Should.Throw<ScaleFormatException>(() => ScaleCodec.Decode(ScaleCodec.CompactU64, bytes));
        }

        if (value <= uint.MaxValue)
        {
            ScaleCodec.Decode(ScaleCodec.CompactU32, bytes).ShouldBe((uint)value);
        }
        else
        {
            Should.Throw<ScaleFormatException>(() => ScaleCodec.Decode(ScaleCodec.CompactU32, bytes));
        }
    });

    [Property(MaxTest = 300)]
    public Property Integers_AllWidths_RoundTrip() => Prop.ForAll(ScaleGen.U128.ToArbitrary(), value =>
    {
        AssertRoundTrip(ScaleCodec.U8, (byte)value).ShouldBe((byte)value);
        AssertRoundTrip(ScaleCodec.U16, (ushort)value).ShouldBe((ushort)value);
        AssertRoundTrip(ScaleCodec.U32, (uint)value).ShouldBe((uint)value);
        AssertRoundTrip(ScaleCodec.U64, (ulong)value).ShouldBe((ulong)value);
        AssertRoundTrip(ScaleCodec.U128, value).ShouldBe(value);
        AssertRoundTrip(ScaleCodec.I8, (sbyte)(byte)value).ShouldBe((sbyte)(byte)value);
        AssertRoundTrip(ScaleCodec.I16, (short)(ushort)value).ShouldBe((short)(ushort)value);
        AssertRoundTrip(ScaleCodec.I32, (int)(uint)value).ShouldBe((int)(uint)value);
        AssertRoundTrip(ScaleCodec.I64, (long)(ulong)value).ShouldBe((long)(ulong)value);
        AssertRoundTrip(ScaleCodec.I128, (Int128)value).ShouldBe((Int128)value);
    });

    [Property]
    public Property Strings_AnyUnicode_RoundTrip() => Prop.ForAll(ScaleGen.Text.ToArbitrary(), text =>
    {
        AssertRoundTrip(ScaleCodec.Str, text).ShouldBe(text);

        new ScaleReader(ScaleCodec.Encode(ScaleCodec.Str, text)).ReadCompactLength().ShouldBe(System.Text.Encoding.UTF8.GetByteCount(text));
    });

    [Property]
    public Property Options_RoundTrip() => Prop.ForAll(
        ScaleGen.Zip(ScaleGen.OptionOf(ScaleGen.U32), ScaleGen.OptionOf(Gen.Elements(true, false)), ScaleGen.OptionOf(ScaleGen.OptionOf(ScaleGen.U16))).ToArbitrary(),
        t =>
        {
            AssertRoundTrip(ScaleCodec.Option(ScaleCodec.U32), t.Item1).ShouldBe(t.Item1);
            AssertRoundTrip(ScaleCodec.Option(ScaleCodec.Bool), t.Item2).ShouldBe(t.Item2);
            ScaleCodec.Encode(ScaleCodec.Option(ScaleCodec.Bool), t.Item2).Length.ShouldBe(1);
            AssertRoundTrip(ScaleCodec.Option(ScaleCodec.Option(ScaleCodec.U16)), t.Item3).ShouldBe(t.Item3);
        });

    [Property]
    public Property Results_RoundTrip() => Prop.ForAll(ScaleGen.ResultOf(ScaleGen.U64, ScaleGen.Text).ToArbitrary(), result =>
        AssertRoundTrip(ScaleCodec.Result(ScaleCodec.U64, ScaleCodec.Str), result).ShouldBe(result));

    [Property]
    public Property Vectors_BulkAndItemByItem_RoundTrip() => Prop.ForAll(
        ScaleGen.Zip(Gen.ArrayOf(ScaleGen.U16), Gen.ArrayOf(ScaleGen.I64), Gen.ArrayOf(ScaleGen.OptionOf(ScaleGen.U32))).ToArbitrary(),
        t =>
        {
            AssertRoundTrip(ScaleCodec.Vec(ScaleCodec.U16), t.Item1).ShouldBe(t.Item1);
            AssertRoundTrip(ScaleCodec.Vec(ScaleCodec.I64), t.Item2).ShouldBe(t.Item2);
            AssertRoundTrip(ScaleCodec.Vec(ScaleCodec.Option(ScaleCodec.U32)), t.Item3).ShouldBe(t.Item3);
        });

    [Property]
    public Property VectorsOfStringsAndBytes_RoundTrip() => Prop.ForAll(
        Gen.Zip(Gen.ArrayOf(ScaleGen.Text), Gen.ArrayOf(ScaleGen.Bytes)).ToArbitrary(),
        t =>
        {
            AssertRoundTrip(ScaleCodec.Vec(ScaleCodec.Str), t.Item1).ShouldBe(t.Item1);
            AssertRoundTrip(ScaleCodec.Vec(ScaleCodec.Bytes), t.Item2).ShouldBe(t.Item2);
        });

    [Property]
    public Property Tuples_RoundTrip() => Prop.ForAll(
        ScaleGen.Zip(ScaleGen.Byte, ScaleGen.U128, ScaleGen.Text).ToArbitrary(),
        t =>
        {
            var pair = ((Int128)t.Item2, t.Item1 % 2 == 0);
            AssertRoundTrip(ScaleCodec.Tuple(ScaleCodec.U8, ScaleCodec.CompactU128, ScaleCodec.Str), t).ShouldBe(t);
            AssertRoundTrip(ScaleCodec.Tuple(ScaleCodec.I128, ScaleCodec.Bool), pair).ShouldBe(pair);
        });

    [Property]
    public Property BTreeMaps_RoundTripInKeyOrder() => Prop.ForAll(
        Gen.Zip(ScaleGen.MapOf(ScaleGen.U16, ScaleGen.U64), ScaleGen.MapOf(ScaleGen.Text, ScaleGen.Bytes)).ToArbitrary(),
        t =>
        {
            var numeric = AssertRoundTrip(ScaleCodec.BTreeMap(ScaleCodec.U16, ScaleCodec.U64), t.Item1);
            var text = AssertRoundTrip(ScaleCodec.BTreeMap(ScaleCodec.Str, ScaleCodec.Bytes), t.Item2);

            numeric.ShouldBe(t.Item1.OrderBy(p => p.Key));
            text.Keys.ShouldBe(t.Item2.Keys.OrderBy(k => k, RustOrder.Strings));
            foreach (var (key, bytes) in text)
            {
                bytes.ShouldBe(t.Item2[key]);
            }
        });

    [Property]
    public Property Enums_RoundTrip() => Prop.ForAll(Gen.ArrayOf(ScaleGen.Shape).ToArbitrary(), shapes =>
        AssertRoundTrip(ScaleCodec.Vec(Shape.Codec), shapes).ShouldBe(shapes));

    // Returns decode(encode(x)) after checking that it encodes to the same bytes; callers compare it with x.
    private static T AssertRoundTrip<T>(IScaleCodec<T> codec, T value)
    {
        var bytes = ScaleCodec.Encode(codec, value);
        var decoded = ScaleCodec.Decode(codec, bytes);

        ScaleCodec.Encode(codec, decoded).ShouldBe(bytes);
        return decoded;
    }
}
