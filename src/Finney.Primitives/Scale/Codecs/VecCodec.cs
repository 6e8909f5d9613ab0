namespace Finney.Primitives.Scale.Codecs;

/// <summary><c>Vec&lt;T&gt;</c>: the compact count, then each item.</summary>
internal sealed class VecCodec<T> : IScaleCodec<T[]>
{
    private readonly IScaleCodec<T> _item;

    public VecCodec(IScaleCodec<T> item)
    {
        _item = item;
        TypeName = $"Vec<{item.TypeName}>";
    }

    public string TypeName { get; }

    public int MinEncodedSize => 1;

    public void Encode(ScaleWriter writer, T[] value)
    {
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteCompact((ulong)value.Length);
        foreach (var item in value)
        {
            _item.Encode(writer, item);
        }
    }

    public T[] Decode(ref ScaleReader reader)
    {
        var count = reader.ReadCompactLength(_item.MinEncodedSize);
        if (count == 0)
        {
            return [];
        }

        var items = new T[count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = _item.Decode(ref reader);
        }

        return items;
    }
}
