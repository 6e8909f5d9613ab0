using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;

namespace Finney.Primitives.Scale;

/// <summary>
/// Writes SCALE values into a growable buffer rented from <see cref="ArrayPool{T}.Shared"/>. Dispose it to
/// return the buffer (forgetting only costs the pool an array). Compact integers are always written in their
/// canonical form. Also an <see cref="IBufferWriter{T}"/>, so other encoders can write into it directly.
/// </summary>
public sealed class ScaleWriter : IBufferWriter<byte>, IDisposable
{
    private const int DefaultCapacity = 256;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private byte[] _buffer;
    private int _length;

    /// <summary>Creates a writer with a small initial buffer.</summary>
    public ScaleWriter()
        : this(DefaultCapacity)
    {
    }

    /// <summary>Creates a writer whose buffer holds at least <paramref name="initialCapacity"/> bytes before growing.</summary>
    public ScaleWriter(int initialCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(initialCapacity);
        _buffer = initialCapacity == 0 ? [] : ArrayPool<byte>.Shared.Rent(initialCapacity);
    }

    /// <summary>Bytes written so far.</summary>
    public int Length => _length;

    /// <summary>The bytes written so far; valid until the next write, <see cref="Clear"/> or <see cref="Dispose"/>.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _length);

    /// <summary>The bytes written so far; valid until the next write, <see cref="Clear"/> or <see cref="Dispose"/>.</summary>
    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _length);

    /// <summary>Copies the bytes written so far into a new array.</summary>
    public byte[] ToArray() => WrittenSpan.ToArray();

    /// <summary>Forgets what was written, keeping the buffer for reuse.</summary>
    public void Clear() => _length = 0;

    /// <summary>Returns the buffer to the pool; the writer is empty afterwards and grows again if written to.</summary>
    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        _length = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Writes a <c>u8</c>.</summary>
    public void WriteU8(byte value) => Reserve(1)[0] = value;

    /// <summary>Writes a little-endian <c>u16</c>.</summary>
    public void WriteU16(ushort value) => BinaryPrimitives.WriteUInt16LittleEndian(Reserve(2), value);

    /// <summary>Writes a little-endian <c>u32</c>.</summary>
    public void WriteU32(uint value) => BinaryPrimitives.WriteUInt32LittleEndian(Reserve(4), value);

    /// <summary>Writes a little-endian <c>u64</c>.</summary>
    public void WriteU64(ulong value) => BinaryPrimitives.WriteUInt64LittleEndian(Reserve(8), value);

    /// <summary>Writes a little-endian <c>u128</c>.</summary>
    public void WriteU128(UInt128 value) => BinaryPrimitives.WriteUInt128LittleEndian(Reserve(16), value);

    /// <summary>Writes an <c>i8</c>.</summary>
    public void WriteI8(sbyte value) => Reserve(1)[0] = (byte)value;

    /// <summary>Writes a little-endian two's-complement <c>i16</c>.</summary>
    public void WriteI16(short value) => BinaryPrimitives.WriteInt16LittleEndian(Reserve(2), value);

    /// <summary>Writes a little-endian two's-complement <c>i32</c>.</summary>
    public void WriteI32(int value) => BinaryPrimitives.WriteInt32LittleEndian(Reserve(4), value);

    /// <summary>Writes a little-endian two's-complement <c>i64</c>.</summary>
    public void WriteI64(long value) => BinaryPrimitives.WriteInt64LittleEndian(Reserve(8), value);

    /// <summary>Writes a little-endian two's-complement <c>i128</c>.</summary>
    public void WriteI128(Int128 value) => BinaryPrimitives.WriteInt128LittleEndian(Reserve(16), value);

    /// <summary>Writes a <c>bool</c> as <c>00</c> or <c>01</c>.</summary>
    public void WriteBool(bool value) => WriteU8(value ? (byte)1 : (byte)0);

    /// <summary>Writes <c>Option&lt;bool&gt;</c> as one byte: <c>00</c> None, <c>01</c> true, <c>02</c> false.</summary>
    public void WriteOptionBool(bool? value) => WriteU8(value switch
    {
        null => 0,
        true => 1,
        false => 2,
    });

    /// <summary>Writes <paramref name="value"/> as a canonical compact integer (1 to 9 bytes).</summary>
    public void WriteCompact(ulong value)
    {
        EnsureCapacity(9);
        _length += Compact.Encode(value, _buffer.AsSpan(_length));
    }

    /// <summary>Writes <paramref name="value"/> as a canonical compact integer (1 to 17 bytes).</summary>
    public void WriteCompact(UInt128 value)
    {
        EnsureCapacity(Compact.MaxLength);
        _length += Compact.Encode(value, _buffer.AsSpan(_length));
    }

    /// <summary>Writes bytes as they are, with no length prefix (fixed arrays, pre-encoded values).</summary>
    public void WriteBytes(ReadOnlySpan<byte> bytes) => bytes.CopyTo(Reserve(bytes.Length));

    /// <summary>Writes <c>Vec&lt;u8&gt;</c>: the compact length, then the bytes.</summary>
    public void WriteByteVec(ReadOnlySpan<byte> bytes)
    {
        WriteCompact((ulong)bytes.Length);
        WriteBytes(bytes);
    }

    /// <summary>Writes a <c>String</c>: the compact UTF-8 byte length, then the UTF-8 bytes.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> has an unpaired surrogate, which UTF-8 cannot represent.</exception>
    public void WriteString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        int byteCount;
        try
        {
            byteCount = StrictUtf8.GetByteCount(value);
        }
        catch (EncoderFallbackException e)
        {
            throw new ArgumentException("the string has an unpaired surrogate and cannot be encoded as UTF-8.", nameof(value), e);
        }

        WriteCompact((ulong)byteCount);
        StrictUtf8.GetBytes(value, Reserve(byteCount));
    }

    /// <inheritdoc />
    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _buffer.Length - _length);
        _length += count;
    }

    /// <inheritdoc />
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        EnsureCapacity(Math.Max(sizeHint, 1));
        return _buffer.AsMemory(_length);
    }

    /// <inheritdoc />
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        EnsureCapacity(Math.Max(sizeHint, 1));
        return _buffer.AsSpan(_length);
    }

    /// <summary>Returns the next <paramref name="count"/> bytes of the buffer and counts them as written.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal Span<byte> Reserve(int count)
    {
        EnsureCapacity(count);
        var span = _buffer.AsSpan(_length, count);
        _length += count;
        return span;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EnsureCapacity(int count)
    {
        if (_buffer.Length - _length < count)
        {
            Grow(count);
        }
    }

    private void Grow(int count)
    {
        var needed = (long)_length + count;
        if (needed > Array.MaxLength)
        {
            throw new InvalidOperationException($"a SCALE value cannot exceed {Array.MaxLength} bytes.");
        }

        var size = (int)Math.Min(Array.MaxLength, Math.Max(needed, Math.Max(2L * _buffer.Length, DefaultCapacity)));
        var grown = ArrayPool<byte>.Shared.Rent(size);
        _buffer.AsSpan(0, _length).CopyTo(grown);
        var old = _buffer;
        _buffer = grown;
        if (old.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(old);
        }
    }
}
