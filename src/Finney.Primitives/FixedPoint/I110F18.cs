using System.Numerics;

namespace Finney.Primitives.FixedPoint;

/// <summary>
/// Signed fixed-point number with 110 integer and 18 fractional bits over an <see cref="Int128"/>, bit-compatible with
/// substrate-fixed 0.5.9's <c>I110F18</c> in a release build: products are floored, quotients truncated toward zero,
/// and overflow wraps silently.
/// </summary>
public readonly struct I110F18 : IEquatable<I110F18>, IComparable<I110F18>,
    IComparisonOperators<I110F18, I110F18, bool>, IAdditionOperators<I110F18, I110F18, I110F18>,
    ISubtractionOperators<I110F18, I110F18, I110F18>, IMultiplyOperators<I110F18, I110F18, I110F18>,
    IDivisionOperators<I110F18, I110F18, I110F18>
{
    /// <summary>Number of fractional bits.</summary>
    public const int FractionBits = 18;

    private I110F18(Int128 bits) => Bits = bits;

    /// <summary>The raw two's complement representation (value · 2^18).</summary>
    public Int128 Bits { get; }

    /// <summary>Zero.</summary>
    public static I110F18 Zero => default;

    /// <summary>One.</summary>
    public static I110F18 One => new(Int128.One << FractionBits);

    /// <summary>The largest value.</summary>
    public static I110F18 MaxValue => new(Int128.MaxValue);

    /// <summary>The smallest value.</summary>
    public static I110F18 MinValue => new(Int128.MinValue);

    /// <summary>Reinterprets raw bits.</summary>
    public static I110F18 FromBits(Int128 bits) => new(bits);

    /// <summary><c>from_num</c> of a signed integer: value · 2^18, wrapping when it does not fit.</summary>
    public static I110F18 FromInt64(long value) => new(unchecked((Int128)value << FractionBits));

    /// <summary><c>from_num</c> of an unsigned integer: value · 2^18, wrapping when it does not fit.</summary>
    public static I110F18 FromUInt64(ulong value) => new(unchecked((Int128)((UInt128)value << FractionBits)));

    /// <summary><c>from_num(I32F32)</c>: drops 14 fractional bits (floor).</summary>
    public static I110F18 FromFixed(I32F32 value) => new(value.Bits >> 14);

    /// <summary>Wrapping sum.</summary>
    public static I110F18 operator +(I110F18 left, I110F18 right) => new(unchecked(left.Bits + right.Bits));

    /// <summary>Wrapping difference.</summary>
    public static I110F18 operator -(I110F18 left, I110F18 right) => new(unchecked(left.Bits - right.Bits));

    /// <summary>Wrapping negation.</summary>
    public static I110F18 operator -(I110F18 value) => new(unchecked(-value.Bits));

    /// <summary>Product floored to 18 fractional bits (shift of the exact 256-bit product), wrapping.</summary>
    public static I110F18 operator *(I110F18 left, I110F18 right) =>
        new(WideArithmetic.MultiplyShiftRight(left.Bits, right.Bits, FractionBits));

    /// <summary>Quotient (left · 2^18) / right truncated toward zero, wrapping; divide by zero throws.</summary>
    public static I110F18 operator /(I110F18 left, I110F18 right) =>
        new(WideArithmetic.ShiftLeftDivide(left.Bits, right.Bits, FractionBits));

    /// <summary>Compares raw bits.</summary>
    public static bool operator ==(I110F18 left, I110F18 right) => left.Bits == right.Bits;

    /// <summary>Compares raw bits.</summary>
    public static bool operator !=(I110F18 left, I110F18 right) => left.Bits != right.Bits;

    /// <summary>Compares raw bits.</summary>
    public static bool operator <(I110F18 left, I110F18 right) => left.Bits < right.Bits;

    /// <summary>Compares raw bits.</summary>
    public static bool operator >(I110F18 left, I110F18 right) => left.Bits > right.Bits;

    /// <summary>Compares raw bits.</summary>
    public static bool operator <=(I110F18 left, I110F18 right) => left.Bits <= right.Bits;

    /// <summary>Compares raw bits.</summary>
    public static bool operator >=(I110F18 left, I110F18 right) => left.Bits >= right.Bits;

    /// <summary><c>to_num::&lt;u64&gt;()</c>: the floored integer part, wrapped to 64 bits.</summary>
    public ulong ToUInt64() => unchecked((ulong)(Bits >> FractionBits));

    /// <inheritdoc/>
    public bool Equals(I110F18 other) => Bits == other.Bits;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is I110F18 other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Bits.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(I110F18 other) => Bits.CompareTo(other.Bits);

    /// <summary>Decimal form with 10 fractional digits (truncated), computed with integers only.</summary>
    public override string ToString() => FixedDecimal.Format(Bits, FractionBits);
}
