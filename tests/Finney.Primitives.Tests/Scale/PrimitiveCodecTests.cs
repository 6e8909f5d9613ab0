using Finney.Primitives.Encoding;
using Finney.Primitives.Scale;

namespace Finney.Primitives.Tests.Scale;

public class PrimitiveCodecTests
{
    [Fact]
    public void IntegerCodecs_EncodeLittleEndian()
    {
        Hex.Encode(ScaleCodec.Encode(ScaleCodec.U8, (byte)0xab)).ShouldBe("0xab");
        Hex.Encode(ScaleCodec.Encode(ScaleCodec.U16, (ushort)0x0102)).ShouldBe("0x0201");
        Hex.Encode(ScaleCodec.Encode(ScaleCodec.U32, 0x01020304u)).ShouldBe("0x04030201");
        Hex.Encode(ScaleCodec.Encode(ScaleCodec.U64, 1_000_000_000_000UL)).ShouldBe("0x0010a5d4e8000000");
        Hex.Encode(ScaleCodec.Encode(ScaleCodec.U128, UInt128.One)).ShouldBe("0x01" + new string('0', 30));
        Hex.Encode(ScaleCodec.Encode(ScaleCodec.I8, (sbyte)-128)).ShouldBe("0x80");
        Hex.Encode(ScaleCodec.Encode(ScaleCodec.I16, (short)-2)).ShouldBe("0xfeff");
        Hex.Encode(ScaleCodec.Encode(ScaleCodec.I32, int.MinValue)).ShouldBe("0x00000080");
        Hex.Encode(ScaleCodec.Encode(ScaleCodec.I64, -1L)).ShouldBe("0xffffffffffffffff");
        Hex.Encode(ScaleCodec.Encode(ScaleCodec.I128, Int128.MinValue)).ShouldBe("0x" + new string('0', 30) + "80");
    }

    [Fact]
    public void IntegerCodecs_DecodeWhatTheyEncode()
    {
        ScaleCodec.Decode(ScaleCodec.U16, Hex.Decode("0x0201")).ShouldBe((ushort)0x0102);
        ScaleCodec.Decode(ScaleCodec.I32, Hex.Decode("0x00000080")).ShouldBe(int.MinValue);
        ScaleCodec.Decode(ScaleCodec.U128, Hex.Decode("0x" + new string('f', 32))).ShouldBe(UInt128.MaxValue);
        ScaleCodec.Decode(ScaleCodec.I128, Hex.Decode("0x" + new string('0', 30) + "80")).ShouldBe(Int128.MinValue);
        ScaleCodec.Decode(ScaleCodec.I8, Hex.Decode("0xff")).ShouldBe((sbyte)-1);
    }

    [Fact]
    public void Decode_TruncatedInteger_NamesTypeAndOffset() =>
        Should.Throw<ScaleFormatException>(() => ScaleCodec.Decode(ScaleCodec.U64, Hex.Decode("0x010203")))
            .Message.ShouldBe("truncated: needed 8 bytes for u64 at offset 0, 3 left");

    [Fact]
    public void Decode_TrailingBytes_Throws()
    {
        var ex = Should.Throw<ScaleFormatException>(() => ScaleCodec.Decode(ScaleCodec.U16, Hex.Decode("0x01020304")));

        ex.Message.ShouldBe("trailing bytes: 2 left after decoding u16");
        ex.Offset.ShouldBe(2);
    }

    [Fact]
    public void Bool_InvalidByte_Throws() =>
        Should.Throw<ScaleFormatException>(() => ScaleCodec.Decode(ScaleCodec.Bool, [2])).Message.ShouldContain("bool: invalid byte 0x02");

    [Fact]
    public void Bool_RoundTrips()
    {
        ScaleCodec.Encode(ScaleCodec.Bool, true).ShouldBe(new byte[] { 1 });
        ScaleCodec.Decode(ScaleCodec.Bool, [0]).ShouldBeFalse();
    }

    [Fact]
    public void CompactCodecs_UseCompactEncoding()
    {
        Hex.Encode(ScaleCodec.Encode(ScaleCodec.CompactU32, 1000u)).ShouldBe("0xa10f");
        Hex.Encode(ScaleCodec.Encode(ScaleCodec.CompactU64, 1_700_000_000_000UL)).ShouldBe("0x0b0068e5cf8b01");
        Hex.Encode(ScaleCodec.Encode(ScaleCodec.CompactU128, UInt128.MaxValue)).ShouldBe("0x33" + new string('f', 32));
        ScaleCodec.Decode(ScaleCodec.CompactU64, Hex.Decode("0x0b0068e5cf8b01")).ShouldBe(1_700_000_000_000UL);
    }

    [Fact]
    public void CompactU32_ValueAboveU32_Throws() =>
        Should.Throw<ScaleFormatException>(() => ScaleCodec.Decode(ScaleCodec.CompactU32, Hex.Decode("0x070000000001")))
            .Message.ShouldContain("too large for u32");

    [Fact]
    public void Str_MultiByteUtf8_RoundTrips()
    {
        const string text = "Tensor ∑ 😀 café";

        var bytes = ScaleCodec.Encode(ScaleCodec.Str, text);

        bytes[0].ShouldBe((byte)(System.Text.Encoding.UTF8.GetByteCount(text) << 2));
        ScaleCodec.Decode(ScaleCodec.Str, bytes).ShouldBe(text);
    }

    [Fact]
    public void Str_InvalidUtf8_Throws() =>
        Should.Throw<ScaleFormatException>(() => ScaleCodec.Decode(ScaleCodec.Str, Hex.Decode("0x08c328"))).Message.ShouldContain("UTF-8");

    [Fact]
    public void Bytes_IsCompactLengthThenBytes()
    {
        Hex.Encode(ScaleCodec.Encode(ScaleCodec.Bytes, [1, 2, 3])).ShouldBe("0x0c010203");
        ScaleCodec.Decode(ScaleCodec.Bytes, Hex.Decode("0x0c010203")).ShouldBe(new byte[] { 1, 2, 3 });
    }

    [Fact]
    public void Unit_EncodesToNothing()
    {
        ScaleCodec.Encode(ScaleCodec.Unit, default).ShouldBeEmpty();
        ScaleCodec.Decode(ScaleCodec.Unit, []).ShouldBe(default(ValueTuple));
    }

    [Theory]
    [InlineData("u8", 1)]
    [InlineData("u128", 16)]
    [InlineData("Compact<u64>", 1)]
    [InlineData("String", 1)]
    [InlineData("Vec<u8>", 1)]
    [InlineData("()", 0)]
    public void Codecs_ReportRustNameAndMinimumSize(string name, int minSize)
    {
        var codec = name switch
        {
            "u8" => Describe(ScaleCodec.U8),
            "u128" => Describe(ScaleCodec.U128),
            "Compact<u64>" => Describe(ScaleCodec.CompactU64),
            "String" => Describe(ScaleCodec.Str),
            "Vec<u8>" => Describe(ScaleCodec.Bytes),
            _ => Describe(ScaleCodec.Unit),
        };

        codec.ShouldBe((name, minSize));
    }

    private static (string Name, int MinSize) Describe<T>(IScaleCodec<T> codec) => (codec.TypeName, codec.MinEncodedSize);
}
