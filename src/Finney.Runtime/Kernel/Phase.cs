using Finney.Primitives.Scale;

namespace Finney.Runtime.Kernel;

/// <summary>When in the block an event happened (<c>frame_system::Phase</c>).</summary>
public enum PhaseKind : byte
{
    /// <summary>While applying the extrinsic at <see cref="Phase.ExtrinsicIndex"/>.</summary>
    ApplyExtrinsic = 0,

    /// <summary>While finalizing the block.</summary>
    Finalization = 1,

    /// <summary>While initializing the block.</summary>
    Initialization = 2,
}

/// <summary>A block phase: initialization, applying extrinsic i, or finalization.</summary>
public readonly record struct Phase(PhaseKind Kind, uint ExtrinsicIndex = 0)
{
    /// <summary>Block initialization.</summary>
    public static Phase Initialization => new(PhaseKind.Initialization);

    /// <summary>Block finalization.</summary>
    public static Phase Finalization => new(PhaseKind.Finalization);

    /// <summary>The SCALE codec: variant byte, then the u32 index for ApplyExtrinsic.</summary>
    public static IScaleCodec<Phase> Codec { get; } = new PhaseCodec();

    /// <summary>Applying the extrinsic at <paramref name="index"/>.</summary>
    public static Phase ApplyExtrinsic(uint index) => new(PhaseKind.ApplyExtrinsic, index);

    private sealed class PhaseCodec : IScaleCodec<Phase>
    {
        public string TypeName => "Phase";

        public int MinEncodedSize => 1;

        public void Encode(ScaleWriter writer, Phase value)
        {
            writer.WriteU8((byte)value.Kind);
            if (value.Kind == PhaseKind.ApplyExtrinsic)
            {
                writer.WriteU32(value.ExtrinsicIndex);
            }
        }

        public Phase Decode(ref ScaleReader reader)
        {
            var offset = reader.Position;
            return reader.ReadU8() switch
            {
                0 => ApplyExtrinsic(reader.ReadU32()),
                1 => Finalization,
                2 => Initialization,
                var other => throw new ScaleFormatException($"Phase: variant index {other} at offset {offset} is not declared.", offset),
            };
        }
    }
}
