namespace Finney.Primitives.Scale.Codecs;

/// <summary><c>Compact&lt;u64&gt;</c>: canonical on both sides.</summary>
internal sealed class CompactU64Codec : IScaleCodec<ulong>
{
    public string TypeName => "Compact<u64>";

    public int MinEncodedSize => 1;

    public void Encode(ScaleWriter writer, ulong value) => writer.WriteCompact(value);

    public ulong Decode(ref ScaleReader reader) => reader.ReadCompactU64();
}
