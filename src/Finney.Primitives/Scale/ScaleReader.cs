using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text.Unicode;

namespace Finney.Primitives.Scale;

/// <summary>
/// Reads SCALE values from a span without copying: byte strings come back as slices of the input. Every
/// method either returns a valid value and advances, or throws <see cref="ScaleFormatException"/> carrying the
/// offset of the offending value. Pass it by <see langword="ref"/>, as codecs do.
/// </summary>
public ref partial struct ScaleReader
{
    /// <summary>How deeply <see cref="ScaleCodec.Lazy{T}"/> codecs may nest before decoding fails (Substrate decodes extrinsics with the same limit).</summary>
    public const int MaxDepth = 256;

    private readonly ReadOnlySpan<byte> _buffer;
    private int _position;
    private int _depth;

    /// <summary>Starts reading at the first byte of <paramref name="buffer"/>.</summary>
    public ScaleReader(ReadOnlySpan<byte> buffer)
    {
        _buffer = buffer;
    }

    /// <summary>Bytes consumed so far: the offset of the next byte to read.</summary>
    public readonly int Position => _position;

    /// <summary>Bytes not yet consumed.</summary>
    public readonly int Remaining => _buffer.Length - _position;

    /// <summary>True when every byte has been consumed.</summary>
    public readonly bool IsAtEnd => _position == _buffer.Length;

    /// <summary>Reads a <c>u8</c>.</summary>
    public byte ReadU8()
    {
        if ((uint)_position >= (uint)_buffer.Length)
        {
            ThrowHelper.Truncated("u8", 1, _position, 0);
        }

        return _buffer[_position++];
    }

    /// <summary>Reads a little-endian <c>u16</c>.</summary>
    public ushort ReadU16() => BinaryPrimitives.ReadUInt16LittleEndian(Take(2, "u16"));

    /// <summary>Reads a little-endian <c>u32</c>.</summary>
    public uint ReadU32() => BinaryPrimitives.ReadUInt32LittleEndian(Take(4, "u32"));

    /// <summary>Reads a little-endian <c>u64</c>.</summary>
    public ulong ReadU64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(8, "u64"));

    /// <summary>Reads a little-endian <c>u128</c>.</summary>
    public UInt128 ReadU128() => BinaryPrimitives.ReadUInt128LittleEndian(Take(16, "u128"));

    /// <summary>Reads an <c>i8</c>.</summary>
    public sbyte ReadI8() => (sbyte)Take(1, "i8")[0];

    /// <summary>Reads a little-endian two's-complement <c>i16</c>.</summary>
    public short ReadI16() => BinaryPrimitives.ReadInt16LittleEndian(Take(2, "i16"));

    /// <summary>Reads a little-endian two's-complement <c>i32</c>.</summary>
    public int ReadI32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4, "i32"));

    /// <summary>Reads a little-endian two's-complement <c>i64</c>.</summary>
    public long ReadI64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8, "i64"));

    /// <summary>Reads a little-endian two's-complement <c>i128</c>.</summary>
    public Int128 ReadI128() => BinaryPrimitives.ReadInt128LittleEndian(Take(16, "i128"));

    /// <summary>Reads a <c>bool</c>: <c>00</c> is false, <c>01</c> true, any other byte is rejected.</summary>
    public bool ReadBool()
    {
        var offset = _position;
        var value = ReadU8Of("bool");
        if (value > 1)
        {
            ThrowHelper.InvalidByte("bool", value, offset, "0 or 1");
        }

        return value == 1;
    }

    /// <summary>
    /// Reads <c>Option&lt;bool&gt;</c>, which SCALE packs into one byte: <c>00</c> None, <c>01</c> true,
    /// <c>02</c> false.
    /// </summary>
    public bool? ReadOptionBool()
    {
        var offset = _position;
        return ReadU8Of("Option<bool>") switch
        {
            0 => null,
            1 => true,
            2 => false,
            var other => InvalidOptionBool(other, offset),
        };
    }

    /// <summary>Reads the tag of an <c>Option</c>: false for <c>00</c> (None), true for <c>01</c> (Some).</summary>
    /// <param name="typeName">Named in the error message, e.g. <c>Option&lt;u32&gt;</c>.</param>
    public bool ReadOptionTag(string typeName = "Option")
    {
        var offset = _position;
        var tag = ReadU8Of(typeName);
        if (tag > 1)
        {
            ThrowHelper.InvalidByte(typeName, tag, offset, "0 for None or 1 for Some");
        }

        return tag == 1;
    }

    /// <summary>Returns the next <paramref name="count"/> bytes as a slice of the input.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public ReadOnlySpan<byte> ReadBytes(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Take(count, "bytes");
    }

    /// <summary>Fills <paramref name="destination"/> from the input, as for a fixed array <c>[u8; N]</c>.</summary>
    public void ReadFixed(Span<byte> destination) =>
        Take(destination.Length, "fixed byte array").CopyTo(destination);

    /// <summary>Reads <c>Vec&lt;u8&gt;</c>: a compact length then that many bytes, returned as a slice of the input.</summary>
    public ReadOnlySpan<byte> ReadByteVec()
    {
        var length = ReadCompactLength();
        return Take(length, "Vec<u8>");
    }

    /// <summary>Reads a <c>String</c>: compact byte length then UTF-8, which must be valid.</summary>
    public string ReadString()
    {
        var length = ReadCompactLength();
        var offset = _position;
        var bytes = Take(length, "String");
        if (!Utf8.IsValid(bytes))
        {
            ThrowHelper.InvalidUtf8(length, offset);
        }

        return System.Text.Encoding.UTF8.GetString(bytes);
    }

    /// <summary>Throws when input is left over; a complete value must use every byte it was given.</summary>
    /// <param name="typeName">Named in the error message, e.g. <c>Vec&lt;u16&gt;</c>.</param>
    public readonly void EnsureEnd(string typeName = "the value")
    {
        if (!IsAtEnd)
        {
            ThrowHelper.TrailingBytes(Remaining, typeName, _position);
        }
    }

    /// <summary>Like <see cref="ReadBytes(int)"/>, naming <paramref name="typeName"/> if the input is too short.</summary>
    internal ReadOnlySpan<byte> ReadBytes(int count, string typeName) => Take(count, typeName);

    /// <summary>Counts one level of nesting for recursive codecs; throws beyond <see cref="MaxDepth"/>.</summary>
    internal void Enter(string typeName)
    {
        if (++_depth > MaxDepth)
        {
            ThrowHelper.TooDeep(typeName, MaxDepth, _position);
        }
    }

    /// <summary>Leaves a level entered with <see cref="Enter"/>.</summary>
    internal void Exit() => _depth--;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<byte> Take(int count, string what)
    {
        if ((uint)count > (uint)(_buffer.Length - _position))
        {
            ThrowHelper.Truncated(what, count, _position, _buffer.Length - _position);
        }

        var slice = _buffer.Slice(_position, count);
        _position += count;
        return slice;
    }

    /// <summary>Reads one byte, naming <paramref name="what"/> if the input is exhausted.</summary>
    internal byte ReadU8Of(string what)
    {
        if ((uint)_position >= (uint)_buffer.Length)
        {
            ThrowHelper.Truncated(what, 1, _position, 0);
        }

        return _buffer[_position++];
    }

    private static bool? InvalidOptionBool(byte value, int offset)
    {
        ThrowHelper.InvalidByte("Option<bool>", value, offset, "0 for None, 1 for true or 2 for false");
        return null;
    }
}
