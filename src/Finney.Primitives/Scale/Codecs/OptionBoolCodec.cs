namespace Finney.Primitives.Scale.Codecs;

/// <summary><c>Option&lt;bool&gt;</c>, which SCALE packs into one byte: 0 None, 1 Some(true), 2 Some(false).</summary>
internal sealed class OptionBoolCodec : IScaleCodec<Option<bool>>
{
    public string TypeName => "Option<bool>";

    public int MinEncodedSize => 1;

    public void Encode(ScaleWriter writer, Option<bool> value) =>
        writer.WriteOptionBool(value.IsSome ? value.Value : null);

    public Option<bool> Decode(ref ScaleReader reader) => reader.ReadOptionBool() switch
    {
        null => Option<bool>.None,
        var present => Option<bool>.Some(present.Value),
    };
}
