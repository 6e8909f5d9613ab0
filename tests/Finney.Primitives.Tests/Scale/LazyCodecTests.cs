using Finney.Primitives.Encoding;
using Finney.Primitives.Scale;

namespace Finney.Primitives.Tests.Scale;

public class LazyCodecTests
{
    [Fact]
    public void RecursiveEnum_RoundTrips()
    {
        var batch = new Call.Batch([new Call.Remark([1, 2]), new Call.Batch([new Call.Remark([])])]);

        var bytes = ScaleCodec.Encode(Call.Codec, batch);

        Hex.Encode(bytes).ShouldBe("0x01" + "08" + "00" + "080102" + "01" + "04" + "00" + "00");
        ScaleCodec.Encode(Call.Codec, ScaleCodec.Decode(Call.Codec, bytes)).ShouldBe(bytes);
    }

    [Fact]
    public void Decode_NestingBeyondMaxDepth_ThrowsFormatException()
    {
        // Batch(vec![Batch(vec![...])]) nested far deeper than the limit: "01 04" repeated.
        var input = new byte[2 * 10_000 + 2];
        for (var i = 0; i < 10_000; i++)
        {
            input[2 * i] = 1;
            input[(2 * i) + 1] = 4;
        }

        var ex = Should.Throw<ScaleFormatException>(() => ScaleCodec.Decode(Call.Codec, input));

        ex.Message.ShouldContain($"nesting deeper than {ScaleReader.MaxDepth} levels");
    }

    [Fact]
    public void Decode_NestingAtMaxDepth_Succeeds()
    {
        // The top-level Batch is not behind the lazy codec; each of the next levels is.
        var depth = ScaleReader.MaxDepth;
        using var writer = new ScaleWriter();
        for (var i = 0; i < depth; i++)
        {
            writer.WriteU8(1);
            writer.WriteCompact(1UL);
        }

        writer.WriteBytes([0, 0]);

        ScaleCodec.Decode(Call.Codec, writer.WrittenSpan).ShouldBeOfType<Call.Batch>();
    }

    public abstract record Call
    {
        public static IScaleCodec<Call> Codec { get; } = ScaleCodec.Enum<Call>()
            .Variant(0, ScaleCodec.Map(ScaleCodec.Bytes, b => new Remark(b), r => r.Data))
            .Variant(1, ScaleCodec.Map(ScaleCodec.Vec(ScaleCodec.Lazy(() => Codec!)), c => new Batch(c), b => b.Calls))
            .Build();

        public sealed record Remark(byte[] Data) : Call;

        public sealed record Batch(Call[] Calls) : Call;
    }
}
