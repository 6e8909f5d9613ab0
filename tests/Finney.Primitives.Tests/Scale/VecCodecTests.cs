using Finney.Primitives.Encoding;
using Finney.Primitives.Scale;

namespace Finney.Primitives.Tests.Scale;

public class VecCodecTests
{
    [Fact]
    public void VecOfU16_EncodesCountThenLittleEndianItems() =>
        Hex.Encode(ScaleCodec.Encode(ScaleCodec.Vec(ScaleCodec.U16), [1, 0x0203, 0xffff])).ShouldBe("0x0c" + "0100" + "0302" + "ffff");

    [Fact]
    public void VecOfU16_Decode_ReturnsItems() =>
        ScaleCodec.Decode(ScaleCodec.Vec(ScaleCodec.U16), Hex.Decode("0x0c01000302ffff")).ShouldBe(new ushort[] { 1, 0x0203, 0xffff });

    [Fact]
    public void VecOfSignedAndWideIntegers_BulkPathMatchesItemByItem()
    {
        long[] values = [long.MinValue, -1, 0, 1, long.MaxValue];
        using var writer = new ScaleWriter();
        writer.WriteCompact((ulong)values.Length);
        foreach (var value in values)
        {
            writer.WriteI64(value);
        }

        var bytes = ScaleCodec.Encode(ScaleCodec.Vec(ScaleCodec.I64), values);

        bytes.ShouldBe(writer.ToArray());
        ScaleCodec.Decode(ScaleCodec.Vec(ScaleCodec.I64), bytes).ShouldBe(values);
    }

    [Fact]
    public void VecOfU128_RoundTrips()
    {
        UInt128[] values = [UInt128.Zero, UInt128.MaxValue, new UInt128(1, 2)];

        ScaleCodec.Decode(ScaleCodec.Vec(ScaleCodec.U128), ScaleCodec.Encode(ScaleCodec.Vec(ScaleCodec.U128), values)).ShouldBe(values);
    }

    [Fact]
    public void VecOfOptionU32_Nested_KnownEncoding()
    {
        var codec = ScaleCodec.Vec(ScaleCodec.Option(ScaleCodec.U32));
        Option<uint>[] value = [Option.Some(1u), Option<uint>.None, Option.Some(0x01020304u)];

        var bytes = ScaleCodec.Encode(codec, value);

        Hex.Encode(bytes).ShouldBe("0x0c" + "0101000000" + "00" + "0104030201");
        ScaleCodec.Decode(codec, bytes).ShouldBe(value);
        codec.TypeName.ShouldBe("Vec<Option<u32>>");
    }

    [Fact]
    public void VecOfVec_Nested_KnownEncoding()
    {
        var codec = ScaleCodec.Vec(ScaleCodec.Bytes);

        var bytes = ScaleCodec.Encode(codec, [[1], [], [2, 3]]);

        Hex.Encode(bytes).ShouldBe("0x0c" + "0401" + "00" + "080203");
        ScaleCodec.Decode(codec, bytes).ShouldBe(new[] { new byte[] { 1 }, [], [2, 3] });
    }

    [Fact]
    public void VecOfBool_InvalidItem_ThrowsAtItemOffset()
    {
        var ex = Should.Throw<ScaleFormatException>(() => ScaleCodec.Decode(ScaleCodec.Vec(ScaleCodec.Bool), Hex.Decode("0x0c000105")));

        ex.Offset.ShouldBe(3);
    }

    [Fact]
    public void Empty_EncodesAsZero()
    {
        Hex.Encode(ScaleCodec.Encode(ScaleCodec.Vec(ScaleCodec.U16), [])).ShouldBe("0x00");
        ScaleCodec.Decode(ScaleCodec.Vec(ScaleCodec.Str), [0]).ShouldBeEmpty();
    }

    [Fact]
    public void VecOfU16_OddByteCount_Throws() =>
        Should.Throw<ScaleFormatException>(() => ScaleCodec.Decode(ScaleCodec.Vec(ScaleCodec.U16), Hex.Decode("0x08010203")))
            .Message.ShouldBe("length prefix: 2 items of at least 2 byte(s) declared at offset 0, but only 3 bytes left");

    public static TheoryData<string> HugeLengthCodecs => ["Vec<u8>", "Vec<u16>", "Vec<Option<u32>>", "String", "Vec<String>", "BTreeMap"];

    // Compact 2^30 followed by four bytes: a naive decoder would allocate for a billion items.
    [Theory]
    [MemberData(nameof(HugeLengthCodecs))]
    public void Decode_AbsurdLength_RejectedWithoutAllocating(string codec)
    {
        var input = Hex.Decode("0x030000004001020304");
        Action decode = codec switch
        {
            "Vec<u8>" => () => ScaleCodec.Decode(ScaleCodec.Bytes, input),
            "Vec<u16>" => () => ScaleCodec.Decode(ScaleCodec.Vec(ScaleCodec.U16), input),
            "Vec<Option<u32>>" => () => ScaleCodec.Decode(ScaleCodec.Vec(ScaleCodec.Option(ScaleCodec.U32)), input),
            "String" => () => ScaleCodec.Decode(ScaleCodec.Str, input),
            "Vec<String>" => () => ScaleCodec.Decode(ScaleCodec.Vec(ScaleCodec.Str), input),
            _ => () => ScaleCodec.Decode(ScaleCodec.BTreeMap(ScaleCodec.U16, ScaleCodec.U64), input),
        };
        Should.Throw<ScaleFormatException>(decode);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var ex = Should.Throw<ScaleFormatException>(decode);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        ex.Message.ShouldStartWith("length prefix: 1073741824 items");
        allocated.ShouldBeLessThan(64 * 1024);
    }
}
