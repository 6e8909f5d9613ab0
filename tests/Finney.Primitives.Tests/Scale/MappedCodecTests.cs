using Finney.Primitives.Encoding;
using Finney.Primitives.Scale;

namespace Finney.Primitives.Tests.Scale;

public class MappedCodecTests
{
    private static readonly IScaleCodec<Stake> StakeCodec = ScaleCodec.Map(
        ScaleCodec.Tuple(ScaleCodec.U16, ScaleCodec.CompactU64),
        t => new Stake(t.Item1, t.Item2),
        s => (s.NetUid, s.Amount));

    [Fact]
    public void Encode_Struct_FieldsInDeclarationOrder() =>
        Hex.Encode(ScaleCodec.Encode(StakeCodec, new Stake(1, 1_000_000_000))).ShouldBe("0x0100" + "02286bee");

    [Fact]
    public void Decode_Struct_RebuildsValue() =>
        ScaleCodec.Decode(StakeCodec, Hex.Decode("0x010002286bee")).ShouldBe(new Stake(1, 1_000_000_000));

    [Fact]
    public void TypeName_DefaultsToDotNetName_AndErrorsUseIt()
    {
        StakeCodec.TypeName.ShouldBe("Stake");
        Should.Throw<ScaleFormatException>(() => ScaleCodec.Decode(StakeCodec, Hex.Decode("0x0100000000")))
            .Message.ShouldBe("trailing bytes: 2 left after decoding Stake");
    }

    [Fact]
    public void MinEncodedSize_IsWireFormsMinimum() => StakeCodec.MinEncodedSize.ShouldBe(3);

    public sealed record Stake(ushort NetUid, ulong Amount);
}
