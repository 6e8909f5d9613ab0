using System.Runtime.CompilerServices;

namespace Finney.Primitives.Scale.Codecs;

/// <summary>
/// <c>Vec&lt;T&gt;</c> of a fixed-width integer: the compact count, then all items as one block of
/// little-endian bytes, copied in one go rather than item by item.
/// </summary>
internal sealed class BlittableVecCodec<T> : IScaleCodec<T[]>
    where T : unmanaged
{
    public BlittableVecCodec(IScaleCodec<T> item)
    {
        TypeName = $"Vec<{item.TypeName}>";
    }

    public string TypeName { get; }

    public int MinEncodedSize => 1;

    public void Encode(ScaleWriter writer, T[] value)
    {
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteCompact((ulong)value.Length);
        LittleEndianItems.Write<T>(value, writer.Reserve(checked(value.Length * Unsafe.SizeOf<T>())));
    }

    public T[] Decode(ref ScaleReader reader)
    {
        var size = Unsafe.SizeOf<T>();
        var count = reader.ReadCompactLength(size);
        if (count == 0)
        {
            return [];
        }

        // ReadCompactLength checked count * size against the bytes left, so this cannot overflow or fail.
        var bytes = reader.ReadBytes(count * size);
        var items = GC.AllocateUninitializedArray<T>(count);
        LittleEndianItems.Read(bytes, items.AsSpan());
        return items;
    }
}
