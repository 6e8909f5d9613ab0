using Finney.Primitives.Scale;

namespace Finney.Primitives.Tests.Scale;

// Every proper prefix of a valid encoding must fail with ScaleFormatException, pointing inside the prefix.
public class TruncationTests
{
    private static readonly IScaleCodec<(Option<uint>[], string, IReadOnlyDictionary<ushort, ulong>)> Composite = ScaleCodec.Tuple(
        ScaleCodec.Vec(ScaleCodec.Option(ScaleCodec.U32)),
        ScaleCodec.Str,
        ScaleCodec.BTreeMap(ScaleCodec.U16, ScaleCodec.U64));

    [Fact]
    public void Composite_EveryCutPoint_ThrowsWithOffsetInsidePrefix()
    {
        var value = (
            new[] { Option.Some(70_000u), Option<uint>.None, Option.Some(1u) },
            "Grüße 😀",
            (IReadOnlyDictionary<ushort, ulong>)new Dictionary<ushort, ulong> { [3] = 1, [500] = ulong.MaxValue });
        var bytes = ScaleCodec.Encode(Composite, value);

        for (var cut = 0; cut < bytes.Length; cut++)
        {
            var prefix = bytes[..cut];

            var ex = Should.Throw<ScaleFormatException>(() => ScaleCodec.Decode(Composite, prefix), $"cut at {cut}");

            ex.Offset.ShouldBeInRange(0, cut, $"cut at {cut}: {ex.Message}");
        }
    }

    [Fact]
    public void Shape_EveryCutPoint_Throws()
    {
        var codec = ScaleCodec.Vec(Shape.Codec);
        var bytes = ScaleCodec.Encode(codec, [new Shape.Rect(1, 2), new Shape.Named("abc"), Shape.Empty.Instance, new Shape.Circle(9)]);

        for (var cut = 0; cut < bytes.Length; cut++)
        {
            var prefix = bytes[..cut];

            Should.Throw<ScaleFormatException>(() => ScaleCodec.Decode(codec, prefix), $"cut at {cut}").Offset.ShouldBeInRange(0, cut);
        }
    }

    [Fact]
    public void Composite_OneExtraByte_ThrowsTrailingBytes()
    {
        var bytes = ScaleCodec.Encode(Composite, ([], "", new Dictionary<ushort, ulong>()));

        var ex = Should.Throw<ScaleFormatException>(() => ScaleCodec.Decode(Composite, [.. bytes, 0]));

        ex.Message.ShouldBe("trailing bytes: 1 left after decoding (Vec<Option<u32>>, String, BTreeMap<u16, u64>)");
        ex.Offset.ShouldBe(bytes.Length);
    }
}
