namespace Finney.Primitives.Scale.Codecs;

/// <summary><c>Compact&lt;u32&gt;</c>: canonical on both sides.</summary>
internal sealed class CompactU32Codec : IScaleCodec<uint>
{
    public string TypeName => "Compact<u32>";

    public int MinEncodedSize => 1;

    public void Encode(ScaleWriter writer, uint value) => writer.WriteCompact((ulong)value);

    public uint Decode(ref ScaleReader reader) => reader.ReadCompactU32();
}
