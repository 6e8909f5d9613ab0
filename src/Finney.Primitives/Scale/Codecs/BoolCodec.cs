namespace Finney.Primitives.Scale.Codecs;

/// <summary><c>bool</c>: one byte, 0 or 1; <see cref="OptionCodec{T}"/> recognises it to use the packed <c>Option&lt;bool&gt;</c>.</summary>
internal sealed class BoolCodec : IScaleCodec<bool>
{
    public string TypeName => "bool";

    public int MinEncodedSize => 1;

    public void Encode(ScaleWriter writer, bool value) => writer.WriteBool(value);

    public bool Decode(ref ScaleReader reader) => reader.ReadBool();
}
