using System.Numerics;

namespace Finney.Primitives.FixedPoint;

/// <summary>
/// Signed fixed-point number with 96 integer and 32 fractional bits over an <see cref="Int128"/>, bit-compatible with
/// substrate-fixed 0.5.9's <c>I96F32</c> in a release build: products are floored, quotients truncated toward zero,
/// and overflow wraps silently.
/// </summary>
public readonly struct I96F32 : IEquatable<I96F32>, IComparable<I96F32>,
    IComparisonOperators<I96F32, I96F32, bool>, IAdditionOperators<I96F32, I96F32, I96F32>,
    ISubtractionOperators<I96F32, I96F32, I96F32>, IMultiplyOperators<I96F32, I96F32, I96F32>,
    IDivisionOperators<I96F32, I96F32, I96F32>
{
    /// <summary>Number of fractional bits.</summary>
    public const int FractionBits = 32;

    private I96F32(Int128 bits) => Bits = bits;

    /// <summary>The raw two's complement representation (value · 2^32).</summary>
    public Int128 Bits { get; }

    /// <summary>Zero.</summary>
    public static I96F32 Zero => default;

    /// <summary>One.</summary>
    public static I96F32 One => new(Int128.One << FractionBits);

    /// <summary>The largest value.</summary>
    public static I96F32 MaxValue => new(Int128.MaxValue);

    /// <summary>The smallest value.</summary>
    public static I96F32 MinValue => new(Int128.MinValue);

    /// <summary>Reinterprets raw bits.</summary>
    public static I96F32 FromBits(Int128 bits) => new(bits);

    /// <summary><c>from_num</c> of a signed integer: value · 2^32, wrapping when it does not fit.</summary>
    public static I96F32 FromInt64(long value) => new(unchecked((Int128)value << FractionBits));

    /// <summary><c>from_num</c> of an unsigned integer: value · 2^32, wrapping when it does not fit.</summary>
    public static I96F32 FromUInt64(ulong value) => new(unchecked((Int128)((UInt128)value << FractionBits)));

    /// <summary><c>from_num(I32F32)</c>: exact, the same bits sign-extended.</summary>
    public static I96F32 FromFixed(I32F32 value) => new(value.Bits);

    /// <summary>Wrapping sum.</summary>
    public static I96F32 operator +(I96F32 left, I96F32 right) => new(unchecked(left.Bits + right.Bits));

    /// <summary>Wrapping difference.</summary>
    public static I96F32 operator -(I96F32 left, I96F32 right) => new(unchecked(left.Bits - right.Bits));

    /// <summary>Wrapping negation.</summary>
    public static I96F32 operator -(I96F32 value) => new(unchecked(-value.Bits));

    /// <summary>Product floored to 32 fractional bits (shift of the exact 256-bit product), wrapping.</summary>
    public static I96F32 operator *(I96F32 left, I96F32 right) =>
        new(WideArithmetic.MultiplyShiftRight(left.Bits, right.Bits, FractionBits));

    /// <summary>Quotient (left · 2^32) / right truncated toward zero, wrapping; divide by zero throws.</summary>
    public static I96F32 operator /(I96F32 left, I96F32 right) =>
        new(WideArithmetic.ShiftLeftDivide(left.Bits, right.Bits, FractionBits));

    /// <summary>Compares raw bits.</summary>
    public static bool operator ==(I96F32 left, I96F32 right) => left.Bits == right.Bits;

    /// <summary>Compares raw bits.</summary>
    public static bool operator !=(I96F32 left, I96F32 right) => left.Bits != right.Bits;

    /// <summary>Compares raw bits.</summary>
    public static bool operator <(I96F32 left, I96F32 right) => left.Bits < right.Bits;

    /// <summary>Compares raw bits.</summary>
    public static bool operator >(I96F32 left, I96F32 right) => left.Bits > right.Bits;

    /// <summary>Compares raw bits.</summary>
    public static bool operator <=(I96F32 left, I96F32 right) => left.Bits <= right.Bits;

    /// <summary>Compares raw bits.</summary>
    public static bool operator >=(I96F32 left, I96F32 right) => left.Bits >= right.Bits;

    /// <summary><c>to_num::&lt;u64&gt;()</c>: the floored integer part, wrapped to 64 bits.</summary>
    public ulong ToUInt64() => unchecked((ulong)(Bits >> FractionBits));

    /// <inheritdoc/>
    public bool Equals(I96F32 other) => Bits == other.Bits;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is I96F32 other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Bits.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(I96F32 other) => Bits.CompareTo(other.Bits);

    /// <summary>Decimal form with 10 fractional digits (truncated), computed with integers only.</summary>
    public override string ToString() => FixedDecimal.Format(Bits, FractionBits);
}
