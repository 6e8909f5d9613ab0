namespace Finney.Primitives.Scale.Codecs;

/// <summary><c>Option&lt;T&gt;</c>: <c>00</c> for None, <c>01</c> followed by the value for Some.</summary>
internal sealed class OptionCodec<T> : IScaleCodec<Option<T>>
{
    private readonly IScaleCodec<T> _value;

    public OptionCodec(IScaleCodec<T> value)
    {
        _value = value;
        TypeName = $"Option<{value.TypeName}>";
    }

    public string TypeName { get; }

    public int MinEncodedSize => 1;

    public void Encode(ScaleWriter writer, Option<T> value)
    {
        if (value.TryGetValue(out var present))
        {
            writer.WriteU8(1);
            _value.Encode(writer, present);
        }
        else
        {
            writer.WriteU8(0);
        }
    }

    public Option<T> Decode(ref ScaleReader reader) =>
        reader.ReadOptionTag(TypeName) ? Option<T>.Some(_value.Decode(ref reader)) : Option<T>.None;
}
