using Finney.Primitives.Encoding;
using Finney.Primitives.Scale;

namespace Finney.Primitives.Tests.Scale;

public class CompactDecodingTests
{
    // Each value written in a longer mode than it needs; parity-scale-codec rejects all of these.
    [Theory]
    [InlineData("0x0100", "0")]                                 // 0 in two-byte mode
    [InlineData("0xfd00", "63")]                                // 63 in two-byte mode
    [InlineData("0x02000000", "0")]                             // 0 in four-byte mode
    [InlineData("0xfeff0000", "16383")]                         // 16383 in four-byte mode
    [InlineData("0x03ffffff3f", "1073741823")]                  // 2^30 - 1 in big-integer mode
    [InlineData("0x0300000000", "0")]                           // 0 in big-integer mode
    [InlineData("0x07ffffffff00", "4294967295")]                // 2^32 - 1 with a zero fifth byte
    [InlineData("0x0b000000000100", "4294967296")]              // 2^32 with a zero sixth byte
    [InlineData("0x130000000000000000", "0")]                   // eight zero bytes
    public void ReadCompactU128_NonCanonical_Throws(string encoded, string value)
    {
        var ex = Should.Throw<ScaleFormatException>(() => new ScaleReader(Hex.Decode(encoded)).ReadCompactU128());

        ex.Message.ShouldContain("non-canonical");
        ex.Message.ShouldContain($"encoding of {value} ");
        ex.Offset.ShouldBe(0);
    }

    [Theory]
    [InlineData("0x0100")]
    [InlineData("0x02000000")]
    [InlineData("0x03ffffff3f")]
    public void ReadCompactU32_NonCanonical_Throws(string encoded) =>
        Should.Throw<ScaleFormatException>(() => new ScaleReader(Hex.Decode(encoded)).ReadCompactU32()).Message.ShouldContain("non-canonical");

    [Theory]
    [InlineData("0x0100")]
    [InlineData("0x07ffffffff00")]
    [InlineData("0x130000000000000000")]
    public void ReadCompactU64_NonCanonical_Throws(string encoded) =>
        Should.Throw<ScaleFormatException>(() => new ScaleReader(Hex.Decode(encoded)).ReadCompactU64()).Message.ShouldContain("non-canonical");

    [Fact]
    public void ReadCompactU128_NonCanonicalAfterPrefix_ReportsOffsetOfCompact()
    {
        var ex = Should.Throw<ScaleFormatException>(() => ReadCompactAfter(Hex.Decode("0xaabbcc0500"), skip: 3));

        ex.Offset.ShouldBe(3);
        ex.Message.ShouldBe("compact integer: non-canonical 2-byte encoding of 1 at offset 3");
    }

    [Fact]
    public void ReadCompactU32_ValueAboveU32_ThrowsTooLarge()
    {
        var ex = Should.Throw<ScaleFormatException>(() => new ScaleReader(Hex.Decode("0x070000000001")).ReadCompactU32());

        ex.Message.ShouldContain("too large for u32");
        ex.Offset.ShouldBe(0);
    }

    [Fact]
    public void ReadCompactU64_ValueAboveU64_ThrowsTooLarge() =>
        Should.Throw<ScaleFormatException>(() => new ScaleReader(Hex.Decode("0x17000000000000000001")).ReadCompactU64())
            .Message.ShouldContain("too large for u64");

    [Fact]
    public void ReadCompactU128_SeventeenValueBytes_ThrowsTooLarge() =>
        Should.Throw<ScaleFormatException>(() => new ScaleReader(Hex.Decode("0x37" + new string('f', 34))).ReadCompactU128())
            .Message.ShouldContain("too large for u128");

    [Fact]
    public void ReadCompactU128_LargestPrefix_ThrowsTooLargeWithoutReadingValue() =>
        Should.Throw<ScaleFormatException>(() => new ScaleReader([0xff]).ReadCompactU128()).Message.ShouldContain("68-byte encoding");

    [Theory]
    [InlineData("0x", 1)]
    [InlineData("0x01", 2)]
    [InlineData("0x020000", 4)]
    [InlineData("0x03ffffff", 5)]
    [InlineData("0x07ffffffff", 6)]
    public void ReadCompactU64_Truncated_ThrowsWithBytesNeeded(string encoded, int needed)
    {
        var ex = Should.Throw<ScaleFormatException>(() => new ScaleReader(Hex.Decode(encoded)).ReadCompactU64());

        ex.Message.ShouldStartWith($"truncated: needed {needed} bytes for compact integer at offset 0, {Hex.Decode(encoded).Length} left");
        ex.Offset.ShouldBe(0);
    }

    [Fact]
    public void ReadCompactLength_CountAboveRemaining_ThrowsBeforeAllocating()
    {
        var ex = Should.Throw<ScaleFormatException>(() => new ScaleReader(Hex.Decode("0x0300000040")).ReadCompactLength());

        ex.Message.ShouldBe("length prefix: 1073741824 items of at least 1 byte(s) declared at offset 0, but only 0 bytes left");
        ex.Offset.ShouldBe(0);
    }

    [Fact]
    public void ReadCompactLength_CountEqualToRemaining_ReturnsCount()
    {
        var reader = new ScaleReader(Hex.Decode("0x0c010203"));

        reader.ReadCompactLength().ShouldBe(3);
        reader.Position.ShouldBe(1);
    }

    [Fact]
    public void ReadCompactLength_ItemsLargerThanRemaining_Throws() =>
        Should.Throw<ScaleFormatException>(() => new ScaleReader(Hex.Decode("0x0c0102030405")).ReadCompactLength(2))
            .Message.ShouldContain("3 items of at least 2 byte(s)");

    [Fact]
    public void ReadCompactLength_ZeroItemSize_TreatedAsOneByte() =>
        Should.Throw<ScaleFormatException>(() => new ScaleReader(Hex.Decode("0x0801")).ReadCompactLength(0));

    private static UInt128 ReadCompactAfter(byte[] input, int skip)
    {
        var reader = new ScaleReader(input);
        reader.ReadBytes(skip);
        return reader.ReadCompactU128();
    }
}
