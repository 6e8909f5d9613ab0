using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Finney.Primitives.Scale.Codecs;

/// <summary>
/// Copies arrays of integers to and from their little-endian wire bytes in one block. On little-endian
/// machines (all the ones .NET ships for today) that is a memory copy; elsewhere the bytes are swapped after.
/// </summary>
internal static class LittleEndianItems
{
    public static void Write<T>(ReadOnlySpan<T> items, Span<byte> destination)
        where T : unmanaged
    {
        MemoryMarshal.AsBytes(items).CopyTo(destination);
        if (!BitConverter.IsLittleEndian)
        {
            Swap<T>(destination);
        }
    }

    public static void Read<T>(ReadOnlySpan<byte> source, Span<T> items)
        where T : unmanaged
    {
        var bytes = MemoryMarshal.AsBytes(items);
        source.CopyTo(bytes);
        if (!BitConverter.IsLittleEndian)
        {
            Swap<T>(bytes);
        }
    }

    private static void Swap<T>(Span<byte> bytes)
        where T : unmanaged
    {
        switch (Unsafe.SizeOf<T>())
        {
            case 2:
                var u16 = MemoryMarshal.Cast<byte, ushort>(bytes);
                BinaryPrimitives.ReverseEndianness(u16, u16);
                break;
            case 4:
                var u32 = MemoryMarshal.Cast<byte, uint>(bytes);
                BinaryPrimitives.ReverseEndianness(u32, u32);
                break;
            case 8:
                var u64 = MemoryMarshal.Cast<byte, ulong>(bytes);
                BinaryPrimitives.ReverseEndianness(u64, u64);
                break;
            case 16:
                var u128 = MemoryMarshal.Cast<byte, UInt128>(bytes);
                BinaryPrimitives.ReverseEndianness(u128, u128);
                break;
        }
    }
}
