using Finney.Primitives.Encoding;
using Finney.Primitives.Scale;

namespace Finney.Primitives.Tests.Scale;

public class ScaleReaderTests
{
    [Fact]
    public void ReadUnsigned_LittleEndian_ReturnsValues()
    {
        var reader = new ScaleReader(Hex.Decode("0x2a" + "3412" + "78563412" + "efcdab8967452301" + "01000000000000000000000000000080"));

        reader.ReadU8().ShouldBe((byte)0x2a);
        reader.ReadU16().ShouldBe((ushort)0x1234);
        reader.ReadU32().ShouldBe(0x12345678u);
        reader.ReadU64().ShouldBe(0x0123456789abcdefUL);
        reader.ReadU128().ShouldBe(new UInt128(0x8000000000000000, 1));
        reader.IsAtEnd.ShouldBeTrue();
    }

    [Fact]
    public void ReadSigned_TwosComplement_ReturnsNegativeValues()
    {
        var reader = new ScaleReader(Hex.Decode("0xff" + "feff" + "fdffffff" + "fcffffffffffffff" + new string('f', 32)));

        reader.ReadI8().ShouldBe((sbyte)-1);
        reader.ReadI16().ShouldBe((short)-2);
        reader.ReadI32().ShouldBe(-3);
        reader.ReadI64().ShouldBe(-4L);
        reader.ReadI128().ShouldBe(Int128.NegativeOne);
        reader.Remaining.ShouldBe(0);
    }

    [Fact]
    public void ReadU32_Truncated_ThrowsWithOffsetAndBytesLeft()
    {
        var ex = Should.Throw<ScaleFormatException>(() => ReadU32After(new byte[12], skip: 10));

        ex.Message.ShouldBe("truncated: needed 4 bytes for u32 at offset 10, 2 left");
        ex.Offset.ShouldBe(10);
    }

    [Fact]
    public void ReadU8_Empty_ThrowsTruncated() =>
        Should.Throw<ScaleFormatException>(() => new ScaleReader([]).ReadU8()).Message.ShouldBe("truncated: needed 1 bytes for u8 at offset 0, 0 left");

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void ReadBool_ZeroOrOne_ReturnsValue(byte encoded, bool expected) =>
        new ScaleReader([encoded]).ReadBool().ShouldBe(expected);

    [Theory]
    [InlineData(2)]
    [InlineData(0xff)]
    public void ReadBool_OtherByte_Throws(byte encoded)
    {
        var ex = Should.Throw<ScaleFormatException>(() => new ScaleReader([encoded]).ReadBool());

        ex.Message.ShouldBe($"bool: invalid byte 0x{encoded:x2} at offset 0 (expected 0 or 1)");
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(1, true)]
    [InlineData(2, false)]
    public void ReadOptionBool_OneByte_ReturnsValue(byte encoded, bool? expected) =>
        new ScaleReader([encoded]).ReadOptionBool().ShouldBe(expected);

    [Fact]
    public void ReadOptionBool_Three_Throws() =>
        Should.Throw<ScaleFormatException>(() => new ScaleReader([3]).ReadOptionBool()).Message.ShouldContain("Option<bool>: invalid byte 0x03");

    [Fact]
    public void ReadBytes_ReturnsSliceOfInputWithoutCopying()
    {
        var input = new byte[] { 1, 2, 3, 4, 5 };
        var reader = new ScaleReader(input);
        reader.ReadU8();

        var slice = reader.ReadBytes(3);

        slice.ToArray().ShouldBe(new byte[] { 2, 3, 4 });
        slice.Overlaps(input).ShouldBeTrue();
        reader.Position.ShouldBe(4);
    }

    [Fact]
    public void ReadBytes_NegativeCount_ThrowsArgumentOutOfRange() =>
        Should.Throw<ArgumentOutOfRangeException>(() => new ScaleReader([1]).ReadBytes(-1));

    [Fact]
    public void ReadByteVec_CompactLengthThenBytes_ReturnsSlice()
    {
        var input = Hex.Decode("0x0cdeadbeef");
        var reader = new ScaleReader(input);

        var bytes = reader.ReadByteVec();

        Hex.Encode(bytes).ShouldBe("0xdeadbe");
        bytes.Overlaps(input).ShouldBeTrue();
        reader.Remaining.ShouldBe(1);
    }

    [Fact]
    public void ReadFixed_FillsDestination()
    {
        var destination = new byte[4];
        var reader = new ScaleReader(Hex.Decode("0x0102030405"));

        reader.ReadFixed(destination);

        destination.ShouldBe(new byte[] { 1, 2, 3, 4 });
        reader.Position.ShouldBe(4);
    }

    [Theory]
    [InlineData("0x00", "")]
    [InlineData("0x1468656c6c6f", "hello")]
    [InlineData("0x1868c3a96c6c6f", "héllo")]
    [InlineData("0x0ce282ac", "€")]
    [InlineData("0x10f09f9880", "😀")]
    public void ReadString_ValidUtf8_ReturnsText(string encoded, string expected) =>
        new ScaleReader(Hex.Decode(encoded)).ReadString().ShouldBe(expected);

    [Theory]
    [InlineData("0x04ff")]            // never valid in UTF-8
    [InlineData("0x08c328")]          // bad continuation byte
    [InlineData("0x08c0af")]          // overlong '/'
    [InlineData("0x0ceda080")]        // encoded surrogate U+D800
    [InlineData("0x08f09f")]          // sequence cut short
    public void ReadString_InvalidUtf8_Throws(string encoded)
    {
        var ex = Should.Throw<ScaleFormatException>(() => new ScaleReader(Hex.Decode(encoded)).ReadString());

        ex.Message.ShouldContain("not valid UTF-8");
        ex.Offset.ShouldBe(1);
    }

    [Fact]
    public void ReadString_LengthBeyondInput_Throws() =>
        Should.Throw<ScaleFormatException>(() => new ScaleReader(Hex.Decode("0x1468656c")).ReadString()).Message.ShouldStartWith("length prefix: 5 items");

    [Fact]
    public void ReadOptionTag_InvalidTag_ThrowsNamingType() =>
        Should.Throw<ScaleFormatException>(() => new ScaleReader([2]).ReadOptionTag("Option<u32>"))
            .Message.ShouldBe("Option<u32>: invalid byte 0x02 at offset 0 (expected 0 for None or 1 for Some)");

    [Fact]
    public void EnsureEnd_BytesLeft_ThrowsTrailingBytes()
    {
        var ex = Should.Throw<ScaleFormatException>(() => EnsureEndAfter(new byte[5], skip: 2, "Vec<u16>"));

        ex.Message.ShouldBe("trailing bytes: 3 left after decoding Vec<u16>");
        ex.Offset.ShouldBe(2);
    }

    [Fact]
    public void EnsureEnd_AllConsumed_DoesNotThrow()
    {
        var reader = new ScaleReader([7]);
        reader.ReadU8();

        reader.EnsureEnd();

        reader.IsAtEnd.ShouldBeTrue();
    }

    private static uint ReadU32After(byte[] input, int skip)
    {
        var reader = new ScaleReader(input);
        reader.ReadBytes(skip);
        return reader.ReadU32();
    }

    private static void EnsureEndAfter(byte[] input, int skip, string typeName)
    {
        var reader = new ScaleReader(input);
        reader.ReadBytes(skip);
        reader.EnsureEnd(typeName);
    }
}
