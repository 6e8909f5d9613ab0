using System.Buffers.Binary;

namespace Finney.Primitives.Scale;

/// <summary>Compact integers and length prefixes; see <see cref="Compact"/> for the format.</summary>
public ref partial struct ScaleReader
{
    private const string CompactName = "compact integer";

    /// <summary>
    /// Reads <c>Compact&lt;u32&gt;</c>. Rejects non-canonical encodings (a value in a longer mode than it needs)
    /// and values above <see cref="uint.MaxValue"/>, as parity-scale-codec does.
    /// </summary>
    public uint ReadCompactU32()
    {
        var offset = _position;
        var first = ReadU8Of(CompactName);
        return (first & 0b11) switch
        {
            0b00 => (uint)first >> 2,
            0b01 => ReadTwoByteMode(offset),
            0b10 => ReadFourByteMode(offset),
            _ => (uint)ReadBigMode(first, offset, 4, "u32"),
        };
    }

    /// <summary>Reads <c>Compact&lt;u64&gt;</c>, canonical only, at most <see cref="ulong.MaxValue"/>.</summary>
    public ulong ReadCompactU64()
    {
        var offset = _position;
        var first = ReadU8Of(CompactName);
        return (first & 0b11) switch
        {
            0b00 => (ulong)first >> 2,
            0b01 => ReadTwoByteMode(offset),
            0b10 => ReadFourByteMode(offset),
            _ => ReadBigMode(first, offset, 8, "u64"),
        };
    }

    /// <summary>Reads <c>Compact&lt;u128&gt;</c>, canonical only, at most <see cref="UInt128.MaxValue"/>.</summary>
    public UInt128 ReadCompactU128()
    {
        var offset = _position;
        var first = ReadU8Of(CompactName);
        return (first & 0b11) switch
        {
            0b00 => (UInt128)(first >> 2),
            0b01 => ReadTwoByteMode(offset),
            0b10 => ReadFourByteMode(offset),
            _ => ReadBigMode128(first, offset),
        };
    }

    /// <summary>
    /// Reads the compact <c>u32</c> count that prefixes <c>Vec</c>, <c>String</c> and maps, rejecting a count
    /// larger than the bytes left: each item takes at least one byte, so such input is corrupt, and refusing
    /// it early keeps a five-byte input from making the decoder allocate gigabytes.
    /// </summary>
    public int ReadCompactLength() => ReadCompactLength(1);

    /// <summary>
    /// Reads a compact count of items that each take at least <paramref name="minItemSize"/> bytes, rejecting
    /// a count whose items could not fit in the bytes left. Sizes below 1 count as 1, so a collection of
    /// zero-size items (<c>Vec&lt;()&gt;</c>) cannot declare more items than there are bytes left.
    /// </summary>
    public int ReadCompactLength(int minItemSize)
    {
        var offset = _position;
        var count = ReadCompactU32();
        var itemSize = Math.Max(1, minItemSize);
        if ((ulong)count * (ulong)itemSize > (ulong)Remaining)
        {
            ThrowHelper.LengthTooLarge(count, itemSize, offset, Remaining);
        }

        // cannot overflow: count ≤ Remaining ≤ int.MaxValue
        return (int)count;
    }

    private uint ReadTwoByteMode(int offset)
    {
        _position = offset;
        var value = (uint)BinaryPrimitives.ReadUInt16LittleEndian(TakeCompact(2, offset)) >> 2;
        if (value <= Compact.MaxSingleByte)
        {
            ThrowHelper.NonCanonicalCompact(2, value, offset);
        }

        return value;
    }

    private uint ReadFourByteMode(int offset)
    {
        _position = offset;
        var value = BinaryPrimitives.ReadUInt32LittleEndian(TakeCompact(4, offset)) >> 2;
        if (value <= Compact.MaxTwoByte)
        {
            ThrowHelper.NonCanonicalCompact(4, value, offset);
        }

        return value;
    }

    private ulong ReadBigMode(byte first, int offset, int maxBytes, string typeName)
    {
        var valueBytes = (first >> 2) + 4;
        if (valueBytes > maxBytes)
        {
            ThrowHelper.CompactTooLarge(typeName, valueBytes + 1, offset);
        }

        Span<byte> full = stackalloc byte[8];
        full.Clear();
        var bytes = TakeCompact(valueBytes, offset);
        bytes.CopyTo(full);
        var value = BinaryPrimitives.ReadUInt64LittleEndian(full);
        if (IsNonCanonicalBigMode(bytes, value))
        {
            ThrowHelper.NonCanonicalCompact(valueBytes + 1, value, offset);
        }

        return value;
    }

    private UInt128 ReadBigMode128(byte first, int offset)
    {
        var valueBytes = (first >> 2) + 4;
        if (valueBytes > 16)
        {
            ThrowHelper.CompactTooLarge("u128", valueBytes + 1, offset);
        }

        Span<byte> full = stackalloc byte[16];
        full.Clear();
        var bytes = TakeCompact(valueBytes, offset);
        bytes.CopyTo(full);
        var value = BinaryPrimitives.ReadUInt128LittleEndian(full);
        if (IsNonCanonicalBigMode(bytes, value))
        {
            ThrowHelper.NonCanonicalCompact(valueBytes + 1, value, offset);
        }

        return value;
    }

    // Four value bytes must hold a value the four-byte mode cannot (≥ 2^30); longer forms must be the
    // shortest, so their top byte cannot be zero.
    private static bool IsNonCanonicalBigMode(ReadOnlySpan<byte> bytes, UInt128 value) =>
        bytes.Length == 4 ? value <= Compact.MaxFourByte : bytes[^1] == 0;

    // Reports truncation against the whole compact value, counted from its first byte.
    private ReadOnlySpan<byte> TakeCompact(int count, int offset)
    {
        if (count > _buffer.Length - _position)
        {
            var prefix = _position - offset;
            ThrowHelper.Truncated(CompactName, count + prefix, offset, _buffer.Length - offset);
        }

        var slice = _buffer.Slice(_position, count);
        _position += count;
        return slice;
    }
}
