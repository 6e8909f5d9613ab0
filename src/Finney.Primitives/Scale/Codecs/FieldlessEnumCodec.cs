namespace Finney.Primitives.Scale.Codecs;

/// <summary>
/// A Rust enum without fields as a .NET enum: one byte, the member's numeric value (its
/// <c>#[codec(index)]</c>). Decoding rejects bytes that name no member.
/// </summary>
internal sealed class FieldlessEnumCodec<TEnum> : IScaleCodec<TEnum>
    where TEnum : struct, Enum
{
    private readonly TEnum?[] _byIndex = new TEnum?[256];
    private readonly Dictionary<TEnum, byte> _indices = [];

    public FieldlessEnumCodec()
    {
        foreach (var member in Enum.GetValues<TEnum>())
        {
            var number = Convert.ToInt64(member, System.Globalization.CultureInfo.InvariantCulture);
            if (number is < 0 or > byte.MaxValue)
            {
                throw new ArgumentException($"enum {typeof(TEnum).Name}: member {member} = {number} does not fit the one-byte SCALE index.");
            }

            _byIndex[number] = member;
            _indices[member] = (byte)number;
        }
    }

    public string TypeName => typeof(TEnum).Name;

    public int MinEncodedSize => 1;

    public void Encode(ScaleWriter writer, TEnum value)
    {
        if (!_indices.TryGetValue(value, out var index))
        {
            throw new ArgumentException($"enum {TypeName}: {value} is not a declared member.", nameof(value));
        }

        writer.WriteU8(index);
    }

    public TEnum Decode(ref ScaleReader reader)
    {
        var offset = reader.Position;
        var index = reader.ReadU8Of(TypeName);
        if (_byIndex[index] is not { } member)
        {
            ThrowHelper.UnknownVariant(TypeName, index, offset);
            return default;
        }

        return member;
    }
}
