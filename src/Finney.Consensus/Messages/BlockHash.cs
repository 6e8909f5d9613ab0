using Finney.Primitives.Encoding;

namespace Finney.Consensus.Messages;

/// <summary>
/// The 32-byte blake2-256 hash of a block header: the value consensus decides on. Compared by content, ordered
/// bytewise so tallies and logs iterate deterministically.
/// </summary>
public readonly struct BlockHash : IEquatable<BlockHash>, IComparable<BlockHash>
{
    /// <summary>Length of a hash in bytes.</summary>
    public const int Length = 32;

    private static readonly byte[] ZeroBytes = new byte[Length];

    private readonly byte[]? _bytes;

    /// <summary>Copies a 32-byte hash.</summary>
    /// <exception cref="ArgumentException">The span is not 32 bytes.</exception>
    public BlockHash(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Length)
        {
            throw new ArgumentException($"A block hash is {Length} bytes, not {bytes.Length}.", nameof(bytes));
        }

        _bytes = bytes.ToArray();
    }

    /// <summary>All zeroes: no header hashes to it, so signed nil votes use it as their target (see docs/consensus.md).</summary>
    public static BlockHash Zero => default;

    /// <summary>The hash bytes (all zeroes for a default instance).</summary>
    public ReadOnlySpan<byte> Bytes => _bytes ?? ZeroBytes;

    /// <inheritdoc />
    public bool Equals(BlockHash other) => Bytes.SequenceEqual(other.Bytes);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is BlockHash other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => BitConverter.ToInt32(Bytes[..4]);

    /// <inheritdoc />
    public int CompareTo(BlockHash other) => Bytes.SequenceCompareTo(other.Bytes);

    /// <summary>0x-prefixed lower-case hex.</summary>
    public override string ToString() => Hex.Encode(Bytes);

    /// <summary>Content equality.</summary>
    public static bool operator ==(BlockHash left, BlockHash right) => left.Equals(right);

    /// <summary>Content inequality.</summary>
    public static bool operator !=(BlockHash left, BlockHash right) => !left.Equals(right);

    /// <summary>Bytewise order.</summary>
    public static bool operator <(BlockHash left, BlockHash right) => left.CompareTo(right) < 0;

    /// <summary>Bytewise order.</summary>
    public static bool operator >(BlockHash left, BlockHash right) => left.CompareTo(right) > 0;

    /// <summary>Bytewise order.</summary>
    public static bool operator <=(BlockHash left, BlockHash right) => left.CompareTo(right) <= 0;

    /// <summary>Bytewise order.</summary>
    public static bool operator >=(BlockHash left, BlockHash right) => left.CompareTo(right) >= 0;
}
