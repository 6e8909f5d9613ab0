using Finney.Primitives.Encoding;
using Finney.Primitives.Scale;

namespace Finney.Primitives.Tests.Scale;

public class EnumCodecTests
{
    [Fact]
    public void Encode_EachVariant_IndexThenFields()
    {
        Hex.Encode(ScaleCodec.Encode(Shape.Codec, new Shape.Circle(5))).ShouldBe("0x00" + "05000000");
        Hex.Encode(ScaleCodec.Encode(Shape.Codec, new Shape.Rect(1, 2))).ShouldBe("0x02" + "0100" + "0200");
        Hex.Encode(ScaleCodec.Encode(Shape.Codec, new Shape.Named("é"))).ShouldBe("0x07" + "08c3a9");
        Hex.Encode(ScaleCodec.Encode(Shape.Codec, Shape.Empty.Instance)).ShouldBe("0x09");
    }

    [Fact]
    public void Decode_EachVariant_ReturnsVariantValue()
    {
        ScaleCodec.Decode(Shape.Codec, Hex.Decode("0x0005000000")).ShouldBe(new Shape.Circle(5));
        ScaleCodec.Decode(Shape.Codec, Hex.Decode("0x0201000200")).ShouldBe(new Shape.Rect(1, 2));
        ScaleCodec.Decode(Shape.Codec, Hex.Decode("0x0708c3a9")).ShouldBe(new Shape.Named("é"));
        ScaleCodec.Decode(Shape.Codec, Hex.Decode("0x09")).ShouldBeSameAs(Shape.Empty.Instance);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    [InlineData(255)]
    public void Decode_UndeclaredIndex_Throws(byte index)
    {
        var ex = Should.Throw<ScaleFormatException>(() => ScaleCodec.Decode(Shape.Codec, [index, 0, 0, 0, 0]));

        ex.Message.ShouldBe($"enum Shape: unknown variant index {index} at offset 0");
        ex.Offset.ShouldBe(0);
    }

    [Fact]
    public void Decode_VariantFieldsTruncated_Throws() =>
        Should.Throw<ScaleFormatException>(() => ScaleCodec.Decode(Shape.Codec, Hex.Decode("0x020100")))
            .Message.ShouldBe("truncated: needed 2 bytes for u16 at offset 3, 0 left");

    [Fact]
    public void Encode_UnregisteredVariantType_ThrowsArgumentException() =>
        Should.Throw<ArgumentException>(() => ScaleCodec.Encode(Shape.Codec, new Shape.Unregistered()));

    [Fact]
    public void Builder_DuplicateIndex_Throws() =>
        Should.Throw<ArgumentException>(() => ScaleCodec.Enum<Shape>()
            .UnitVariant(1, Shape.Empty.Instance)
            .Variant(1, ScaleCodec.Map(ScaleCodec.U32, r => new Shape.Circle(r), c => c.Radius)));

    [Fact]
    public void Builder_DuplicateType_Throws() =>
        Should.Throw<ArgumentException>(() => ScaleCodec.Enum<Shape>()
            .UnitVariant(1, Shape.Empty.Instance)
            .UnitVariant(2, Shape.Empty.Instance));

    [Fact]
    public void Build_LaterVariants_DoNotChangeBuiltCodec()
    {
        var builder = ScaleCodec.Enum<Shape>("Small").UnitVariant(0, Shape.Empty.Instance);
        var codec = builder.Build();

        builder.Variant(1, ScaleCodec.Map(ScaleCodec.U32, r => new Shape.Circle(r), c => c.Radius));

        Should.Throw<ScaleFormatException>(() => ScaleCodec.Decode(codec, [1, 0, 0, 0, 0])).Message.ShouldContain("enum Small");
    }

    [Fact]
    public void MinEncodedSize_IsIndexPlusSmallestVariant() => Shape.Codec.MinEncodedSize.ShouldBe(1);
}
