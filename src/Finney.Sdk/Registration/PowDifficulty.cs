using System.Buffers.Binary;
using System.Numerics;

namespace Finney.Sdk.Registration;

/// <summary>
/// A subnet's PoW difficulty as subtensor checks it (<c>hash_meets_difficulty</c>): a seal meets difficulty
/// <c>d</c> when U256 of its 32 bytes read big-endian, times <c>d</c>, does not overflow 256 bits. That is the
/// same as seal ≤ ⌊(2²⁵⁶ − 1) / d⌋, the limit kept here so each check is four word comparisons.
/// </summary>
public readonly struct PowDifficulty : IEquatable<PowDifficulty>
{
    private static readonly BigInteger Max = (BigInteger.One << 256) - 1;

    private readonly ulong _limit0;
    private readonly ulong _limit1;
    private readonly ulong _limit2;
    private readonly ulong _limit3;

    private PowDifficulty(BigInteger value)
    {
        if (value.Sign < 0 || value > Max)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A difficulty is a U256.");
        }

        Value = value;
        // Difficulty 0 makes every product 0: every seal passes.
        var limit = value.IsZero ? Max : Max / value;
        Span<byte> bytes = stackalloc byte[32];
        limit.TryWriteBytes(bytes, out _, isUnsigned: true, isBigEndian: true);
        // TryWriteBytes writes the minimal big-endian form at the start; right-align it in 32 bytes.
        var length = limit.GetByteCount(isUnsigned: true);
        Span<byte> aligned = stackalloc byte[32];
        bytes[..length].CopyTo(aligned[(32 - length)..]);
        _limit0 = BinaryPrimitives.ReadUInt64BigEndian(aligned);
        _limit1 = BinaryPrimitives.ReadUInt64BigEndian(aligned[8..]);
        _limit2 = BinaryPrimitives.ReadUInt64BigEndian(aligned[16..]);
        _limit3 = BinaryPrimitives.ReadUInt64BigEndian(aligned[24..]);
    }

    /// <summary>The difficulty (subtensor stores a u64 per subnet and widens it to U256).</summary>
    public BigInteger Value { get; }

    /// <summary>The most significant 64 bits of the largest passing seal, for the solver's quick reject.</summary>
    internal ulong Limit0 => _limit0;

    /// <summary>A difficulty from subtensor's per-subnet u64.</summary>
    public static PowDifficulty FromU64(ulong difficulty) => new(difficulty);

    /// <summary>A difficulty of up to 256 bits.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative or wider than 256 bits.</exception>
    public static PowDifficulty FromBigInteger(BigInteger difficulty) => new(difficulty);

    /// <summary>True when <paramref name="seal"/> (32 bytes, big-endian) meets this difficulty.</summary>
    /// <exception cref="ArgumentException">The seal is not 32 bytes.</exception>
    public bool IsMetBy(ReadOnlySpan<byte> seal)
    {
        if (seal.Length != 32)
        {
            throw new ArgumentException("A seal is 32 bytes.", nameof(seal));
        }

        return IsMetBy(
            BinaryPrimitives.ReadUInt64BigEndian(seal),
            BinaryPrimitives.ReadUInt64BigEndian(seal[8..]),
            BinaryPrimitives.ReadUInt64BigEndian(seal[16..]),
            BinaryPrimitives.ReadUInt64BigEndian(seal[24..]));
    }

    /// <summary>The comparison on the seal's four big-endian words, most significant first.</summary>
    internal bool IsMetBy(ulong w0, ulong w1, ulong w2, ulong w3)
    {
        if (w0 != _limit0)
        {
            return w0 < _limit0;
        }

        if (w1 != _limit1)
        {
            return w1 < _limit1;
        }

        return w2 != _limit2 ? w2 < _limit2 : w3 <= _limit3;
    }

    /// <inheritdoc />
    public bool Equals(PowDifficulty other) => Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PowDifficulty other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Equality by value.</summary>
    public static bool operator ==(PowDifficulty left, PowDifficulty right) => left.Equals(right);

    /// <summary>Inequality by value.</summary>
    public static bool operator !=(PowDifficulty left, PowDifficulty right) => !left.Equals(right);
}
