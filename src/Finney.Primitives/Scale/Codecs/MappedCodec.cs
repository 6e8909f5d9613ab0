namespace Finney.Primitives.Scale.Codecs;

/// <summary>Codes a <typeparamref name="T"/> as the <typeparamref name="TWire"/> it converts to and from (structs as tuples, ids as integers).</summary>
internal sealed class MappedCodec<TWire, T> : IScaleCodec<T>
{
    private readonly IScaleCodec<TWire> _wire;
    private readonly Func<TWire, T> _fromWire;
    private readonly Func<T, TWire> _toWire;

    public MappedCodec(IScaleCodec<TWire> wire, Func<TWire, T> fromWire, Func<T, TWire> toWire, string typeName)
    {
        _wire = wire;
        _fromWire = fromWire;
        _toWire = toWire;
        TypeName = typeName;
    }

    public string TypeName { get; }

    public int MinEncodedSize => _wire.MinEncodedSize;

    public void Encode(ScaleWriter writer, T value) => _wire.Encode(writer, _toWire(value));

    public T Decode(ref ScaleReader reader) => _fromWire(_wire.Decode(ref reader));
}
