using System.Collections.Frozen;

namespace Finney.Primitives.Scale.Codecs;

/// <summary>A tagged union built by <see cref="EnumCodecBuilder{T}"/>: index byte, then the variant's fields.</summary>
internal sealed class EnumCodec<T> : IScaleCodec<T>
    where T : class
{
    private readonly EnumVariant<T>?[] _byIndex = new EnumVariant<T>?[256];
    private readonly FrozenDictionary<Type, EnumVariant<T>> _byType;

    public EnumCodec(string name, IEnumerable<EnumVariant<T>> variants)
    {
        TypeName = name;
        var list = variants.ToList();
        foreach (var variant in list)
        {
            _byIndex[variant.Index] = variant;
        }

        _byType = list.ToFrozenDictionary(v => v.Type);
        MinEncodedSize = 1 + (list.Count == 0 ? 0 : list.Min(v => v.MinEncodedSize));
    }

    public string TypeName { get; }

    public int MinEncodedSize { get; }

    public void Encode(ScaleWriter writer, T value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!_byType.TryGetValue(value.GetType(), out var variant))
        {
            throw new ArgumentException($"enum {TypeName}: no variant is declared for type {value.GetType().Name}.", nameof(value));
        }

        writer.WriteU8(variant.Index);
        variant.EncodeFields(writer, value);
    }

    public T Decode(ref ScaleReader reader)
    {
        var offset = reader.Position;
        var index = reader.ReadU8Of(TypeName);
        var variant = _byIndex[index];
        if (variant is null)
        {
            ThrowHelper.UnknownVariant(TypeName, index, offset);
        }

        return variant.DecodeFields(ref reader);
    }
}
