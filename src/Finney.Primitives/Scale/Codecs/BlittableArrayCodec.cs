using System.Runtime.CompilerServices;

namespace Finney.Primitives.Scale.Codecs;

/// <summary>
/// <c>[T; N]</c> of a fixed-width integer (e.g. <c>[u8; 32]</c> for AccountId32 and H256): N items, no
/// prefix, copied as one block.
/// </summary>
internal sealed class BlittableArrayCodec<T> : IScaleCodec<T[]>
    where T : unmanaged
{
    private readonly int _length;

    public BlittableArrayCodec(IScaleCodec<T> item, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, int.MaxValue / Unsafe.SizeOf<T>());
        _length = length;
        TypeName = $"[{item.TypeName}; {length}]";
    }

    public string TypeName { get; }

    public int MinEncodedSize => _length * Unsafe.SizeOf<T>();

    public void Encode(ScaleWriter writer, T[] value)
    {
        FixedLength.Check(value, _length, TypeName);
        LittleEndianItems.Write<T>(value, writer.Reserve(MinEncodedSize));
    }

    public T[] Decode(ref ScaleReader reader)
    {
        if (_length == 0)
        {
            return [];
        }

        var items = new T[_length];
        LittleEndianItems.Read(reader.ReadBytes(MinEncodedSize, TypeName), items.AsSpan());
        return items;
    }
}
