namespace Finney.Primitives.Scale.Codecs;

/// <summary>Encodes nothing and always decodes to the same value: the fields of a unit enum variant.</summary>
internal sealed class ConstantCodec<T> : IScaleCodec<T>
{
    private readonly T _value;

    public ConstantCodec(T value)
    {
        _value = value;
    }

    public string TypeName => "()";

    public int MinEncodedSize => 0;

    public void Encode(ScaleWriter writer, T value)
    {
    }

    public T Decode(ref ScaleReader reader) => _value;
}
