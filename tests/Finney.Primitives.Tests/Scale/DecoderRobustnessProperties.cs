using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Finney.Primitives.Scale;

namespace Finney.Primitives.Tests.Scale;

// On any input a decoder either fails with ScaleFormatException or returns a value whose encoding is exactly
// the bytes it consumed (so every accepted input is canonical). Any other exception fails the property.
public class DecoderRobustnessProperties
{
    private static readonly Probe[] Probes =
    [
        Probe.For(ScaleCodec.Vec(ScaleCodec.Option(ScaleCodec.U32))),
        Probe.For(ScaleCodec.Tuple(ScaleCodec.U8, ScaleCodec.CompactU32, ScaleCodec.Bool)),
        Probe.For(ScaleCodec.Tuple(ScaleCodec.Str, ScaleCodec.OptionBool)),
        Probe.For(ScaleCodec.BTreeMap(ScaleCodec.U16, ScaleCodec.U64)),
        Probe.For(ScaleCodec.BTreeMap(ScaleCodec.Str, ScaleCodec.Bytes)),
        Probe.For(ScaleCodec.BTreeMap(ScaleCodec.CompactU32, ScaleCodec.Unit)),
        Probe.For(ScaleCodec.CompactU32),
        Probe.For(ScaleCodec.CompactU64),
        Probe.For(ScaleCodec.CompactU128),
        Probe.For(ScaleCodec.Str),
        Probe.For(ScaleCodec.Vec(ScaleCodec.Str)),
        Probe.For(ScaleCodec.Vec(ScaleCodec.U16)),
        Probe.For(ScaleCodec.Vec(ScaleCodec.Bool)),
        Probe.For(ScaleCodec.Vec(ScaleCodec.Unit)),
        Probe.For(ScaleCodec.Result(ScaleCodec.U16, ScaleCodec.Bytes)),
        Probe.For(ScaleCodec.FixedArray(ScaleCodec.Option(ScaleCodec.I16), 3)),
        Probe.For(ScaleCodec.Option(ScaleCodec.Option(ScaleCodec.Bool))),
        Probe.For(Shape.Codec),
        Probe.For(ScaleCodec.Vec(Shape.Codec)),
        Probe.For(LazyCodecTests.Call.Codec),
    ];

    // Valid encodings to mutate: random bytes alone rarely get past the first length prefix.
    private static readonly byte[][] Seeds =
    [
        ScaleCodec.Encode(ScaleCodec.Vec(ScaleCodec.Option(ScaleCodec.U32)), [Option.Some(1u), Option<uint>.None, Option.Some(70_000u)]),
        ScaleCodec.Encode(ScaleCodec.BTreeMap(ScaleCodec.U16, ScaleCodec.U64), new Dictionary<ushort, ulong> { [1] = 2, [300] = 4 }),
        ScaleCodec.Encode(ScaleCodec.BTreeMap(ScaleCodec.Str, ScaleCodec.Bytes), new Dictionary<string, byte[]> { ["a"] = [1], ["é"] = [] }),
        ScaleCodec.Encode(ScaleCodec.Vec(Shape.Codec), [new Shape.Rect(1, 2), new Shape.Named("x😀"), Shape.Empty.Instance]),
        ScaleCodec.Encode(ScaleCodec.Vec(ScaleCodec.Str), ["grüß", "", "😀"]),
        ScaleCodec.Encode(ScaleCodec.CompactU128, UInt128.MaxValue),
        ScaleCodec.Encode(ScaleCodec.CompactU64, 1UL << 40),
        ScaleCodec.Encode(LazyCodecTests.Call.Codec, new LazyCodecTests.Call.Batch([new LazyCodecTests.Call.Remark([7])])),
    ];

    private static readonly Gen<byte[]> Inputs = Gen.Frequency(
        (1, ScaleGen.Bytes),
        (1, Gen.ArrayOf(Gen.Elements<byte>(0, 1, 2, 3, 4, 5, 8, 9, 0x0c, 0xfc, 0xfd, 0xfe, 0xff))),
        (3, Gen.Zip(Gen.Elements(Seeds), Gen.ArrayOf(ScaleGen.Zip(Gen.Choose(0, 2), Gen.Choose(0, 1000), ScaleGen.Byte))).Select(t => Mutate(t.Item1, t.Item2))));

    [Property(MaxTest = 2000)]
    public Property Decode_AnyInput_ThrowsOnlyScaleFormatExceptionAndAcceptsOnlyCanonical() => Prop.ForAll(Inputs.ToArbitrary(), input =>
    {
        foreach (var probe in Probes)
        {
            probe.Check(input);
        }
    });

    [Fact]
    public void Seeds_DecodeAcceptsEachOwnEncoding()
    {
        var accepted = Seeds.Count(seed => Probes.Any(probe => probe.Check(seed) == seed.Length));

        accepted.ShouldBe(Seeds.Length);
    }

    // Each edit is (kind, position, byte): 0 replaces, 1 inserts, 2 deletes.
    private static byte[] Mutate(byte[] seed, (int Kind, int Position, byte Value)[] edits)
    {
        var bytes = seed.ToList();
        foreach (var (kind, position, value) in edits.Take(3))
        {
            var at = bytes.Count == 0 ? 0 : position % (bytes.Count + (kind == 1 ? 1 : 0));
            switch (kind)
            {
                case 0 when bytes.Count > 0:
                    bytes[at] = value;
                    break;
                case 1:
                    bytes.Insert(at, value);
                    break;
                case 2 when bytes.Count > 0:
                    bytes.RemoveAt(at);
                    break;
            }
        }

        return [.. bytes];
    }

    private sealed class Probe
    {
        private readonly Func<byte[], int> _check;

        private Probe(Func<byte[], int> check)
        {
            _check = check;
        }

        public static Probe For<T>(IScaleCodec<T> codec) => new(input =>
        {
            var reader = new ScaleReader(input);
            T value;
            try
            {
                value = codec.Decode(ref reader);
            }
            catch (ScaleFormatException ex)
            {
                ex.Offset.ShouldBeInRange(0, input.Length, $"{codec.TypeName}: {ex.Message}");
                return -1;
            }

            ScaleCodec.Encode(codec, value).ShouldBe(input[..reader.Position], $"{codec.TypeName} accepted a non-canonical encoding");
            return reader.Position;
        });

        // Bytes consumed by a successful decode, or -1 when the decoder rejected the input.
        public int Check(byte[] input) => _check(input);
    }
}
