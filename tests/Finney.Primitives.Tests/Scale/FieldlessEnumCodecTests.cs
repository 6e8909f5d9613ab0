using Finney.Primitives.Scale;

namespace Finney.Primitives.Tests.Scale;

public class FieldlessEnumCodecTests
{
    private static readonly IScaleCodec<Pays> Codec = ScaleCodec.FieldlessEnum<Pays>();

    [Fact]
    public void Encode_MemberValue_IsIndexByte()
    {
        ScaleCodec.Encode(Codec, Pays.Yes).ShouldBe(new byte[] { 0 });
        ScaleCodec.Encode(Codec, Pays.No).ShouldBe(new byte[] { 1 });
        ScaleCodec.Encode(Codec, Pays.Later).ShouldBe(new byte[] { 5 });
    }

    [Fact]
    public void Decode_DeclaredIndex_ReturnsMember() =>
        ScaleCodec.Decode(Codec, [5]).ShouldBe(Pays.Later);

    [Fact]
    public void Decode_GapIndex_Throws() =>
        Should.Throw<ScaleFormatException>(() => ScaleCodec.Decode(Codec, [2])).Message.ShouldBe("enum Pays: unknown variant index 2 at offset 0");

    [Fact]
    public void Encode_UndeclaredValue_ThrowsArgumentException() =>
        Should.Throw<ArgumentException>(() => ScaleCodec.Encode(Codec, (Pays)3));

    [Fact]
    public void Create_MemberAbove255_ThrowsArgumentException() =>
        Should.Throw<ArgumentException>(() => ScaleCodec.FieldlessEnum<TooWide>());

    [Fact]
    public void Create_NegativeMember_ThrowsArgumentException() =>
        Should.Throw<ArgumentException>(() => ScaleCodec.FieldlessEnum<Negative>());

    public enum Pays
    {
        Yes = 0,
        No = 1,
        Later = 5,
    }

    public enum TooWide
    {
        Small = 1,
        Big = 256,
    }

    public enum Negative
    {
        Minus = -1,
    }
}
