using System.Buffers.Binary;
using System.Numerics;

namespace Finney.Primitives.Scale;

/// <summary>
/// SCALE compact ("general integer") encoding of unsigned integers, always canonical. The two low bits of the
/// first byte select the mode: <c>00</c> one byte (values up to 63), <c>01</c> two bytes (up to 16 383),
/// <c>10</c> four bytes (up to 2^30 − 1), <c>11</c> big-integer: a byte <c>((n − 4) &lt;&lt; 2) | 3</c> followed by
/// the value in the fewest n ≥ 4 little-endian bytes. Decoding lives on <see cref="ScaleReader"/>.
/// </summary>
public static class Compact
{
    /// <summary>Longest encoding of a <see cref="UInt128"/>: a mode byte and 16 value bytes.</summary>
    public const int MaxLength = 17;

    /// <summary>Largest value of the one-byte mode.</summary>
    public const uint MaxSingleByte = (1u << 6) - 1;

    /// <summary>Largest value of the two-byte mode.</summary>
    public const uint MaxTwoByte = (1u << 14) - 1;

    /// <summary>Largest value of the four-byte mode; anything larger uses big-integer mode.</summary>
    public const uint MaxFourByte = (1u << 30) - 1;

    /// <summary>Number of bytes the canonical encoding of <paramref name="value"/> takes (1 to 9).</summary>
    public static int EncodedLength(ulong value) => value switch
    {
        <= MaxSingleByte => 1,
        <= MaxTwoByte => 2,
        <= MaxFourByte => 4,
        _ => 1 + BigModeBytes(value),
    };

    /// <summary>Number of bytes the canonical encoding of <paramref name="value"/> takes (1 to 17).</summary>
    public static int EncodedLength(UInt128 value) =>
        value <= ulong.MaxValue ? EncodedLength((ulong)value) : 1 + BigModeBytes(value);

    /// <summary>Encodes <paramref name="value"/> canonically into a new array.</summary>
    public static byte[] Encode(UInt128 value)
    {
        var bytes = new byte[EncodedLength(value)];
        Encode(value, bytes);
        return bytes;
    }

    /// <summary>Writes the canonical encoding of <paramref name="value"/> and returns the number of bytes written.</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <see cref="EncodedLength(ulong)"/>.</exception>
    public static int Encode(ulong value, Span<byte> destination)
    {
        var length = EncodedLength(value);
        if (destination.Length < length)
        {
            throw new ArgumentException($"compact encoding of {value} needs {length} bytes, destination has {destination.Length}.", nameof(destination));
        }

        switch (length)
        {
            case 1:
                destination[0] = (byte)(value << 2);
                break;
            case 2:
                BinaryPrimitives.WriteUInt16LittleEndian(destination, (ushort)((value << 2) | 0b01));
                break;
            case 4:
                BinaryPrimitives.WriteUInt32LittleEndian(destination, (uint)((value << 2) | 0b10));
                break;
            default:
                WriteBigMode(value, length - 1, destination);
                break;
        }

        return length;
    }

    /// <summary>Writes the canonical encoding of <paramref name="value"/> and returns the number of bytes written.</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <see cref="EncodedLength(UInt128)"/>.</exception>
    public static int Encode(UInt128 value, Span<byte> destination)
    {
        if (value <= ulong.MaxValue)
        {
            return Encode((ulong)value, destination);
        }

        var length = EncodedLength(value);
        if (destination.Length < length)
        {
            throw new ArgumentException($"compact encoding of {value} needs {length} bytes, destination has {destination.Length}.", nameof(destination));
        }

        Span<byte> full = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128LittleEndian(full, value);
        destination[0] = (byte)(((length - 1 - 4) << 2) | 0b11);
        full[..(length - 1)].CopyTo(destination[1..]);
        return length;
    }

    private static void WriteBigMode(ulong value, int valueBytes, Span<byte> destination)
    {
        destination[0] = (byte)(((valueBytes - 4) << 2) | 0b11);
        Span<byte> full = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(full, value);
        full[..valueBytes].CopyTo(destination[1..]);
    }

    // Big-integer mode never uses fewer than four value bytes, even for values that would fit in fewer.
    private static int BigModeBytes(ulong value) => Math.Max(4, (64 - BitOperations.LeadingZeroCount(value) + 7) / 8);

    private static int BigModeBytes(UInt128 value) => Math.Max(4, (128 - (int)UInt128.LeadingZeroCount(value) + 7) / 8);
}
