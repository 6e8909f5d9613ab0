namespace Finney.Primitives.Scale.Codecs;

/// <summary>
/// Defers to a codec created on first use, so recursive types (a call that contains calls) can refer to
/// their own codec. Decoding counts nesting depth and fails beyond <see cref="ScaleReader.MaxDepth"/>, so
/// hostile input cannot overflow the stack.
/// </summary>
internal sealed class LazyCodec<T> : IScaleCodec<T>
{
    private readonly Lazy<IScaleCodec<T>> _codec;

    public LazyCodec(Func<IScaleCodec<T>> factory, string typeName)
    {
        _codec = new Lazy<IScaleCodec<T>>(factory, LazyThreadSafetyMode.PublicationOnly);
        TypeName = typeName;
    }

    // Neither the name nor the size asks the inner codec: building a recursive codec's name would recurse.
    public string TypeName { get; }

    public int MinEncodedSize => 0;

    public void Encode(ScaleWriter writer, T value) => _codec.Value.Encode(writer, value);

    public T Decode(ref ScaleReader reader)
    {
        reader.Enter(TypeName);
        var value = _codec.Value.Decode(ref reader);
        reader.Exit();
        return value;
    }
}
