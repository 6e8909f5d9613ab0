namespace Finney.Primitives.Scale.Codecs;

/// <summary>Rust's <c>()</c> as <see cref="ValueTuple"/>: encodes to nothing.</summary>
internal sealed class UnitCodec : IScaleCodec<ValueTuple>
{
    public string TypeName => "()";

    public int MinEncodedSize => 0;

    public void Encode(ScaleWriter writer, ValueTuple value)
    {
    }

    public ValueTuple Decode(ref ScaleReader reader) => default;
}
