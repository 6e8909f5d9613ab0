using Finney.Primitives.Encoding;
using Finney.Primitives.Scale;

namespace Finney.Primitives.Tests.Scale;

public class FixedArrayCodecTests
{
    private static readonly byte[] Alice = Hex.Decode("0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d");

    [Fact]
    public void FixedBytes32_AccountId_EncodesWithoutPrefix()
    {
        var codec = ScaleCodec.FixedBytes(32);

        ScaleCodec.Encode(codec, Alice).ShouldBe(Alice);
        ScaleCodec.Decode(codec, Alice).ShouldBe(Alice);
        codec.TypeName.ShouldBe("[u8; 32]");
    }

    [Fact]
    public void FixedBytes_WrongLength_ThrowsArgumentException() =>
        Should.Throw<ArgumentException>(() => ScaleCodec.Encode(ScaleCodec.FixedBytes(32), new byte[31]));

    [Fact]
    public void FixedBytes_Truncated_NamesArrayType() =>
        Should.Throw<ScaleFormatException>(() => ScaleCodec.Decode(ScaleCodec.FixedBytes(32), Alice.AsSpan(0, 20)))
            .Message.ShouldBe("truncated: needed 32 bytes for [u8; 32] at offset 0, 20 left");

    [Fact]
    public void FixedArrayOfU16_LittleEndianNoPrefix()
    {
        var codec = ScaleCodec.FixedArray(ScaleCodec.U16, 3);

        Hex.Encode(ScaleCodec.Encode(codec, [1, 2, 0x0300])).ShouldBe("0x010002000003");
        ScaleCodec.Decode(codec, Hex.Decode("0x010002000003")).ShouldBe(new ushort[] { 1, 2, 0x0300 });
    }

    [Fact]
    public void FixedArrayOfOption_ItemByItem()
    {
        var codec = ScaleCodec.FixedArray(ScaleCodec.Option(ScaleCodec.U8), 2);

        Hex.Encode(ScaleCodec.Encode(codec, [Option.Some((byte)9), Option<byte>.None])).ShouldBe("0x010900");
        ScaleCodec.Decode(codec, Hex.Decode("0x000109")).ShouldBe(new[] { Option<byte>.None, Option.Some((byte)9) });
        codec.TypeName.ShouldBe("[Option<u8>; 2]");
    }

    [Fact]
    public void FixedArrayOfOption_WrongLength_ThrowsArgumentException() =>
        Should.Throw<ArgumentException>(() => ScaleCodec.Encode(ScaleCodec.FixedArray(ScaleCodec.Str, 2), ["a"]));

    [Fact]
    public void FixedArray_HugeLengthShortInput_RejectedBeforeAllocating()
    {
        var codec = ScaleCodec.FixedArray(ScaleCodec.Option(ScaleCodec.U64), 100_000_000);

        var ex = Should.Throw<ScaleFormatException>(() => ScaleCodec.Decode(codec, [0, 0, 0]));

        ex.Message.ShouldStartWith("truncated: needed 100000000 bytes");
    }

    [Fact]
    public void FixedArray_ZeroLength_EncodesNothing()
    {
        ScaleCodec.Encode(ScaleCodec.FixedBytes(0), []).ShouldBeEmpty();
        ScaleCodec.Decode(ScaleCodec.FixedArray(ScaleCodec.Str, 0), []).ShouldBeEmpty();
    }
}
