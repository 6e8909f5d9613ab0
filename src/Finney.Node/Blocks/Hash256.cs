using System.Buffers.Binary;
using Finney.Primitives.Encoding;
using Finney.Primitives.Hashing;

namespace Finney.Node.Blocks;

/// <summary>A 32-byte hash (H256): block hashes, state roots, transaction hashes. Compared by value.</summary>
public readonly struct Hash256 : IEquatable<Hash256>
{
    /// <summary>Length in bytes.</summary>
    public const int Length = 32;

    private readonly ulong _a;
    private readonly ulong _b;
    private readonly ulong _c;
    private readonly ulong _d;

    /// <summary>Reads exactly 32 bytes.</summary>
    /// <exception cref="ArgumentException">The span is not 32 bytes long.</exception>
    public Hash256(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Length)
        {
            throw new ArgumentException($"A hash is 32 bytes, got {bytes.Length}.", nameof(bytes));
        }

        _a = BinaryPrimitives.ReadUInt64BigEndian(bytes);
        _b = BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]);
        _c = BinaryPrimitives.ReadUInt64BigEndian(bytes[16..]);
        _d = BinaryPrimitives.ReadUInt64BigEndian(bytes[24..]);
    }

    /// <summary>The all-zero hash (the genesis block's parent).</summary>
    public static Hash256 Zero => default;

    /// <summary>BLAKE2b-256 of <paramref name="data"/>.</summary>
    public static Hash256 Blake2(ReadOnlySpan<byte> data)
    {
        Span<byte> hash = stackalloc byte[Length];
        Blake2b.Hash(data, hash);
        return new Hash256(hash);
    }

    /// <summary>Parses 0x-prefixed (or bare) hex of 32 bytes.</summary>
    /// <exception cref="FormatException">Not 32 bytes of hex.</exception>
    public static Hash256 Parse(string hex)
    {
        var bytes = Hex.Decode(hex);
        return bytes.Length == Length ? new Hash256(bytes) : throw new FormatException($"A hash is 32 bytes, got {bytes.Length}.");
    }

    /// <summary>Writes the 32 bytes into <paramref name="destination"/>.</summary>
    public void CopyTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64BigEndian(destination, _a);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], _b);
        BinaryPrimitives.WriteUInt64BigEndian(destination[16..], _c);
        BinaryPrimitives.WriteUInt64BigEndian(destination[24..], _d);
    }

    /// <summary>The 32 bytes as a new array.</summary>
    public byte[] ToArray()
    {
        var bytes = new byte[Length];
        CopyTo(bytes);
        return bytes;
    }

    /// <summary>0x followed by 64 lowercase hex digits.</summary>
    public string ToHex()
    {
        Span<byte> bytes = stackalloc byte[Length];
        CopyTo(bytes);
        return Hex.Encode(bytes);
    }

    /// <summary>The short form Substrate logs use: <c>0x1234…abcd</c>.</summary>
    public string ToShortString()
    {
        var hex = ToHex();
        return $"{hex[..6]}…{hex[^4..]}";
    }

    /// <summary>This hash for log messages: formats as <see cref="ToShortString"/> only when the line is written.</summary>
    public ShortHash Short => new(this);

    /// <inheritdoc />
    public override string ToString() => ToHex();

    /// <inheritdoc />
    public bool Equals(Hash256 other) => _a == other._a && _b == other._b && _c == other._c && _d == other._d;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Hash256 other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (int)_d ^ (int)(_d >> 32);

    /// <summary>Value equality.</summary>
    public static bool operator ==(Hash256 left, Hash256 right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(Hash256 left, Hash256 right) => !left.Equals(right);
}
