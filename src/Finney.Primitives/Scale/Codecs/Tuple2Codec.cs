namespace Finney.Primitives.Scale.Codecs;

/// <summary>A pair <c>(A, B)</c>: the two encodings concatenated.</summary>
internal sealed class Tuple2Codec<T1, T2> : IScaleCodec<(T1, T2)>
{
    private readonly IScaleCodec<T1> _first;
    private readonly IScaleCodec<T2> _second;

    public Tuple2Codec(IScaleCodec<T1> first, IScaleCodec<T2> second)
    {
        _first = first;
        _second = second;
        TypeName = $"({first.TypeName}, {second.TypeName})";
    }

    public string TypeName { get; }

    public int MinEncodedSize => _first.MinEncodedSize + _second.MinEncodedSize;

    public void Encode(ScaleWriter writer, (T1, T2) value)
    {
        _first.Encode(writer, value.Item1);
        _second.Encode(writer, value.Item2);
    }

    public (T1, T2) Decode(ref ScaleReader reader)
    {
        var first = _first.Decode(ref reader);
        return (first, _second.Decode(ref reader));
    }
}
