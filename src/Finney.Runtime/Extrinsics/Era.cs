using System.Numerics;
using Finney.Primitives.Scale;
using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Metadata;

namespace Finney.Runtime.Extrinsics;

/// <summary>
/// A transaction's lifetime (<c>sp_runtime::generic::Era</c>): immortal, or mortal for <see cref="Period"/>
/// blocks (a power of two, 4 to 65 536) starting at the block whose number is <see cref="Phase"/> modulo the period.
/// </summary>
public readonly record struct Era(ulong Period, ulong Phase)
{
    /// <summary>The immortal era (encoded <c>00</c>).</summary>
    public static Era Immortal => default;

    /// <summary>True for the immortal era.</summary>
    public bool IsImmortal => Period == 0;

    /// <summary>The codec and metadata type (256 variants: Immortal and Mortal1…Mortal255 with one byte each).</summary>
    public static ScaleType<Era> Type { get; } = new(new EraCodec(), BuildMeta());

    /// <summary>
    /// A mortal era of about <paramref name="period"/> blocks from <paramref name="current"/>: the period is
    /// rounded up to a power of two and clamped to 4…65 536, the phase quantized as sp-runtime does.
    /// </summary>
    public static Era Mortal(ulong period, ulong current)
    {
        var rounded = period > 1UL << 16 ? 1UL << 16 : BitOperations.RoundUpToPowerOf2(Math.Max(period, 1));
        rounded = Math.Clamp(rounded, 4, 1UL << 16);
        var phase = current % rounded;
        var quantize = Math.Max(rounded >> 12, 1);
        return new Era(rounded, phase / quantize * quantize);
    }

    /// <summary>The first block the transaction is valid in, as seen from block <paramref name="current"/>.</summary>
    public ulong Birth(ulong current) => IsImmortal ? 0 : ((Math.Max(current, Phase) - Phase) / Period * Period) + Phase;

    /// <summary>The first block the transaction is no longer valid in.</summary>
    public ulong Death(ulong current) => IsImmortal ? ulong.MaxValue : Birth(current) + Period;

    /// <summary>The encoding: <c>00</c>, or the two-byte little-endian mortal form.</summary>
    public byte[] Encode() => Type.Encode(this);

    private static MetaType BuildMeta()
    {
        var variants = new List<VariantInfo> { new("Immortal", [], 0, []) };
        for (var i = 1; i <= 255; i++)
        {
            variants.Add(new VariantInfo($"Mortal{i}", [new FieldInfo(null, Types.U8.Meta)], (byte)i, []));
        }

        return new MetaType(["sp_runtime", "generic", "era", "Era"], new VariantDef(variants));
    }

    private sealed class EraCodec : IScaleCodec<Era>
    {
        public string TypeName => "Era";

        public int MinEncodedSize => 1;

        public void Encode(ScaleWriter writer, Era value)
        {
            if (value.IsImmortal)
            {
                writer.WriteU8(0);
                return;
            }

            var quantize = Math.Max(value.Period >> 12, 1);
            var low = (ulong)Math.Clamp(BitOperations.TrailingZeroCount(value.Period) - 1, 1, 15);
            writer.WriteU16((ushort)(low | ((value.Phase / quantize) << 4)));
        }

        public Era Decode(ref ScaleReader reader)
        {
            var offset = reader.Position;
            var first = reader.ReadU8();
            if (first == 0)
            {
                return Immortal;
            }

            var encoded = first | ((ulong)reader.ReadU8() << 8);
            var period = 2UL << (int)(encoded % 16);
            var quantize = Math.Max(period >> 12, 1);
            var phase = (encoded >> 4) * quantize;
            return period >= 4 && phase < period
                ? new Era(period, phase)
                : throw new ScaleFormatException($"Era: invalid mortal era 0x{encoded:x4} at offset {offset}.", offset);
        }
    }
}
