namespace Finney.Primitives.Scale.Codecs;

/// <summary><c>[T; N]</c>: exactly N items, no prefix.</summary>
internal sealed class FixedArrayCodec<T> : IScaleCodec<T[]>
{
    private readonly IScaleCodec<T> _item;
    private readonly int _length;

    public FixedArrayCodec(IScaleCodec<T> item, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        _item = item;
        _length = length;
        TypeName = $"[{item.TypeName}; {length}]";
    }

    public string TypeName { get; }

    public int MinEncodedSize => (int)Math.Min(int.MaxValue, (long)_length * _item.MinEncodedSize);

    public void Encode(ScaleWriter writer, T[] value)
    {
        FixedLength.Check(value, _length, TypeName);
        foreach (var item in value)
        {
            _item.Encode(writer, item);
        }
    }

    public T[] Decode(ref ScaleReader reader)
    {
        if (_length == 0)
        {
            return [];
        }

        // Refuse before allocating when even the smallest items could not fit.
        if (MinEncodedSize > reader.Remaining)
        {
            ThrowHelper.Truncated(TypeName, MinEncodedSize, reader.Position, reader.Remaining);
        }

        var items = new T[_length];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = _item.Decode(ref reader);
        }

        return items;
    }
}
