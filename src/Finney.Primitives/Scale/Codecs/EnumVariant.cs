namespace Finney.Primitives.Scale.Codecs;

/// <summary>One declared variant of an <see cref="EnumCodec{T}"/>: its index, its .NET type and how to code its fields.</summary>
internal abstract class EnumVariant<T>
{
    protected EnumVariant(byte index, Type type)
    {
        Index = index;
        Type = type;
    }

    public byte Index { get; }

    public Type Type { get; }

    public abstract int MinEncodedSize { get; }

    public abstract void EncodeFields(ScaleWriter writer, T value);

    public abstract T DecodeFields(ref ScaleReader reader);
}

/// <summary>A variant whose values are <typeparamref name="TVariant"/>s.</summary>
internal sealed class EnumVariant<T, TVariant> : EnumVariant<T>
    where TVariant : T
{
    private readonly IScaleCodec<TVariant> _fields;

    public EnumVariant(byte index, IScaleCodec<TVariant> fields)
        : base(index, typeof(TVariant))
    {
        _fields = fields;
    }

    public override int MinEncodedSize => _fields.MinEncodedSize;

    public override void EncodeFields(ScaleWriter writer, T value) => _fields.Encode(writer, (TVariant)value!);

    public override T DecodeFields(ref ScaleReader reader) => _fields.Decode(ref reader);
}
