using Finney.Primitives.Encoding;
using Finney.Primitives.Scale;

namespace Finney.Primitives.Tests.Scale;

public class TupleCodecTests
{
    [Fact]
    public void Pair_ConcatenatesEncodings()
    {
        var codec = ScaleCodec.Tuple(ScaleCodec.U16, ScaleCodec.Str);

        Hex.Encode(ScaleCodec.Encode(codec, ((ushort)1, "a"))).ShouldBe("0x0100" + "0461");
        ScaleCodec.Decode(codec, Hex.Decode("0x01000461")).ShouldBe(((ushort)1, "a"));
        codec.TypeName.ShouldBe("(u16, String)");
    }

    [Fact]
    public void Triple_ConcatenatesEncodings()
    {
        var codec = ScaleCodec.Tuple(ScaleCodec.U8, ScaleCodec.CompactU32, ScaleCodec.Bool);

        Hex.Encode(ScaleCodec.Encode(codec, ((byte)1, 64u, true))).ShouldBe("0x01" + "0101" + "01");
        ScaleCodec.Decode(codec, Hex.Decode("0x01010101")).ShouldBe(((byte)1, 64u, true));
        codec.MinEncodedSize.ShouldBe(3);
    }

    [Fact]
    public void Triple_TruncatedInLastField_ReportsItsOffset()
    {
        var codec = ScaleCodec.Tuple(ScaleCodec.U8, ScaleCodec.U16, ScaleCodec.U32);

        var ex = Should.Throw<ScaleFormatException>(() => ScaleCodec.Decode(codec, Hex.Decode("0x010203040506")));

        ex.Message.ShouldBe("truncated: needed 4 bytes for u32 at offset 3, 3 left");
    }

    [Fact]
    public void RuntimeDispatchInfo_MappedStruct_MatchesPolkadotJs()
    {
        // RuntimeDispatchInfo<u64> { weight: { ref_time: Compact<u64>, proof_size: Compact<u64> }, class, partial_fee: u64 }
        var weight = ScaleCodec.Tuple(ScaleCodec.CompactU64, ScaleCodec.CompactU64);
        var codec = ScaleCodec.Tuple(weight, ScaleCodec.FieldlessEnum<DispatchClass>(), ScaleCodec.U64);

        var bytes = ScaleCodec.Encode(codec, ((123456789UL, 3593UL), DispatchClass.Normal, 125000UL));

        Hex.Encode(bytes).ShouldBe("0x56346f1d25380048e8010000000000");
        ScaleCodec.Decode(codec, bytes).ShouldBe(((123456789UL, 3593UL), DispatchClass.Normal, 125000UL));
    }

    public enum DispatchClass : byte
    {
        Normal = 0,
        Operational = 1,
        Mandatory = 2,
    }
}
