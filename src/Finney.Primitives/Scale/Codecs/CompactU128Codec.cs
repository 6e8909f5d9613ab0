namespace Finney.Primitives.Scale.Codecs;

/// <summary><c>Compact&lt;u128&gt;</c>: canonical on both sides.</summary>
internal sealed class CompactU128Codec : IScaleCodec<UInt128>
{
    public string TypeName => "Compact<u128>";

    public int MinEncodedSize => 1;

    public void Encode(ScaleWriter writer, UInt128 value) => writer.WriteCompact(value);

    public UInt128 Decode(ref ScaleReader reader) => reader.ReadCompactU128();
}
