namespace Finney.Primitives.Scale.Codecs;

/// <summary>A triple <c>(A, B, C)</c>: the three encodings concatenated.</summary>
internal sealed class Tuple3Codec<T1, T2, T3> : IScaleCodec<(T1, T2, T3)>
{
    private readonly IScaleCodec<T1> _first;
    private readonly IScaleCodec<T2> _second;
    private readonly IScaleCodec<T3> _third;

    public Tuple3Codec(IScaleCodec<T1> first, IScaleCodec<T2> second, IScaleCodec<T3> third)
    {
        _first = first;
        _second = second;
        _third = third;
        TypeName = $"({first.TypeName}, {second.TypeName}, {third.TypeName})";
    }

    public string TypeName { get; }

    public int MinEncodedSize => _first.MinEncodedSize + _second.MinEncodedSize + _third.MinEncodedSize;

    public void Encode(ScaleWriter writer, (T1, T2, T3) value)
    {
        _first.Encode(writer, value.Item1);
        _second.Encode(writer, value.Item2);
        _third.Encode(writer, value.Item3);
    }

    public (T1, T2, T3) Decode(ref ScaleReader reader)
    {
        var first = _first.Decode(ref reader);
        var second = _second.Decode(ref reader);
        return (first, second, _third.Decode(ref reader));
    }
}
