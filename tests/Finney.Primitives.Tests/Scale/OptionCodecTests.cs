using Finney.Primitives.Encoding;
using Finney.Primitives.Scale;

namespace Finney.Primitives.Tests.Scale;

public class OptionCodecTests
{
    private static readonly IScaleCodec<Option<uint>> OptionU32 = ScaleCodec.Option(ScaleCodec.U32);

    [Fact]
    public void Encode_None_IsZeroByte() =>
        Hex.Encode(ScaleCodec.Encode(OptionU32, Option<uint>.None)).ShouldBe("0x00");

    [Fact]
    public void Encode_Some_IsOneThenValue() =>
        Hex.Encode(ScaleCodec.Encode(OptionU32, Option.Some(5u))).ShouldBe("0x0105000000");

    [Fact]
    public void Decode_SomeAndNone_ReturnsOptions()
    {
        ScaleCodec.Decode(OptionU32, Hex.Decode("0x0105000000")).ShouldBe(Option.Some(5u));
        ScaleCodec.Decode(OptionU32, Hex.Decode("0x00")).ShouldBe(Option<uint>.None);
    }

    [Fact]
    public void Decode_InvalidTag_ThrowsNamingType()
    {
        var ex = Should.Throw<ScaleFormatException>(() => ScaleCodec.Decode(OptionU32, Hex.Decode("0x0205000000")));

        ex.Message.ShouldBe("Option<u32>: invalid byte 0x02 at offset 0 (expected 0 for None or 1 for Some)");
        ex.Offset.ShouldBe(0);
    }

    [Fact]
    public void Decode_SomeWithoutValue_ThrowsTruncated() =>
        Should.Throw<ScaleFormatException>(() => ScaleCodec.Decode(OptionU32, Hex.Decode("0x0105")))
            .Message.ShouldBe("truncated: needed 4 bytes for u32 at offset 1, 1 left");

    [Fact]
    public void OptionOfBool_UsesOneBytePackedForm()
    {
        var codec = ScaleCodec.Option(ScaleCodec.Bool);

        codec.ShouldBeSameAs(ScaleCodec.OptionBool);
        Hex.Encode(ScaleCodec.Encode(codec, Option<bool>.None)).ShouldBe("0x00");
        Hex.Encode(ScaleCodec.Encode(codec, Option.Some(true))).ShouldBe("0x01");
        Hex.Encode(ScaleCodec.Encode(codec, Option.Some(false))).ShouldBe("0x02");
        ScaleCodec.Decode(codec, [2]).ShouldBe(Option.Some(false));
    }

    [Fact]
    public void OptionOfBool_ByteThree_Throws() =>
        Should.Throw<ScaleFormatException>(() => ScaleCodec.Decode(ScaleCodec.OptionBool, [3])).Message.ShouldContain("Option<bool>");

    [Fact]
    public void NestedOption_ThreeDistinctEncodings()
    {
        var codec = ScaleCodec.Option(OptionU32);

        Hex.Encode(ScaleCodec.Encode(codec, Option<Option<uint>>.None)).ShouldBe("0x00");
        Hex.Encode(ScaleCodec.Encode(codec, Option.Some(Option<uint>.None))).ShouldBe("0x0100");
        Hex.Encode(ScaleCodec.Encode(codec, Option.Some(Option.Some(1u)))).ShouldBe("0x010101000000");
        ScaleCodec.Decode(codec, Hex.Decode("0x0100")).ShouldBe(Option.Some(Option<uint>.None));
    }

    [Fact]
    public void OptionOfOptionBool_WrapsPackedFormInTag()
    {
        var codec = ScaleCodec.Option(ScaleCodec.OptionBool);

        Hex.Encode(ScaleCodec.Encode(codec, Option.Some(Option.Some(false)))).ShouldBe("0x0102");
        codec.TypeName.ShouldBe("Option<Option<bool>>");
    }

    [Fact]
    public void Option_Value_OfNone_Throws() =>
        Should.Throw<InvalidOperationException>(() => Option<int>.None.Value);

    [Fact]
    public void Option_Equality_ComparesPresenceAndValue()
    {
        (Option.Some(1) == Option.Some(1)).ShouldBeTrue();
        (Option.Some(1) != Option.Some(2)).ShouldBeTrue();
        (Option<int>.None == default).ShouldBeTrue();
        Option.Some(0).Equals(Option<int>.None).ShouldBeFalse();
        Option.Some(3).ToString().ShouldBe("Some(3)");
        Option<int>.None.ToString().ShouldBe("None");
    }

    [Fact]
    public void Option_NullableConversions_RoundTrip()
    {
        Option.FromNullable<int>(null).IsNone.ShouldBeTrue();
        Option.FromNullable<int>(4).ShouldBe(Option.Some(4));
        Option.Some(4).ToNullable().ShouldBe(4);
        Option<int>.None.ToNullable().ShouldBeNull();
        Option<int>.None.GetValueOrDefault(7).ShouldBe(7);
    }
}
