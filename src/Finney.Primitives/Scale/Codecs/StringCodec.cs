namespace Finney.Primitives.Scale.Codecs;

/// <summary><c>String</c>: compact UTF-8 byte length, then valid UTF-8.</summary>
internal sealed class StringCodec : IScaleCodec<string>
{
    public string TypeName => "String";

    public int MinEncodedSize => 1;

    public void Encode(ScaleWriter writer, string value) => writer.WriteString(value);

    public string Decode(ref ScaleReader reader) => reader.ReadString();
}
