using System.Numerics;

namespace Finney.Primitives.FixedPoint;

/// <summary>
/// Signed fixed-point number with 64 integer and 64 fractional bits over an <see cref="Int128"/>, bit-compatible with
/// substrate-fixed 0.5.9's <c>I64F64</c> in a release build: products are floored, quotients truncated toward zero,
/// and overflow wraps silently.
/// </summary>
public readonly struct I64F64 : IEquatable<I64F64>, IComparable<I64F64>,
    IComparisonOperators<I64F64, I64F64, bool>, IAdditionOperators<I64F64, I64F64, I64F64>,
    ISubtractionOperators<I64F64, I64F64, I64F64>, IMultiplyOperators<I64F64, I64F64, I64F64>,
    IDivisionOperators<I64F64, I64F64, I64F64>
{
    /// <summary>Number of fractional bits.</summary>
    public const int FractionBits = 64;

    private I64F64(Int128 bits) => Bits = bits;

    /// <summary>The raw two's complement representation (value · 2^64).</summary>
    public Int128 Bits { get; }

    /// <summary>Zero.</summary>
    public static I64F64 Zero => default;

    /// <summary>One.</summary>
    public static I64F64 One => new(Int128.One << FractionBits);

    /// <summary>The largest value.</summary>
    public static I64F64 MaxValue => new(Int128.MaxValue);

    /// <summary>The smallest value.</summary>
    public static I64F64 MinValue => new(Int128.MinValue);

    /// <summary>Reinterprets raw bits.</summary>
    public static I64F64 FromBits(Int128 bits) => new(bits);

    /// <summary><c>from_num</c> of a signed integer: value · 2^64, wrapping when it does not fit.</summary>
    public static I64F64 FromInt64(long value) => new(unchecked((Int128)value << FractionBits));

    /// <summary><c>from_num</c> of an unsigned integer: value · 2^64, wrapping when it does not fit.</summary>
    public static I64F64 FromUInt64(ulong value) => new(unchecked((Int128)((UInt128)value << FractionBits)));

    /// <summary><c>from_num(I32F32)</c>: exact, the value gains 32 zero fractional bits.</summary>
    public static I64F64 FromFixed(I32F32 value) => new((Int128)value.Bits << 32);

    /// <summary>Wrapping sum.</summary>
    public static I64F64 operator +(I64F64 left, I64F64 right) => new(unchecked(left.Bits + right.Bits));

    /// <summary>Wrapping difference.</summary>
    public static I64F64 operator -(I64F64 left, I64F64 right) => new(unchecked(left.Bits - right.Bits));

    /// <summary>Wrapping negation.</summary>
    public static I64F64 operator -(I64F64 value) => new(unchecked(-value.Bits));

    /// <summary>Product floored to 64 fractional bits (shift of the exact 256-bit product), wrapping.</summary>
    public static I64F64 operator *(I64F64 left, I64F64 right) =>
        new(WideArithmetic.MultiplyShiftRight(left.Bits, right.Bits, FractionBits));

    /// <summary>Quotient (left · 2^64) / right truncated toward zero, wrapping; divide by zero throws.</summary>
    public static I64F64 operator /(I64F64 left, I64F64 right) =>
        new(WideArithmetic.ShiftLeftDivide(left.Bits, right.Bits, FractionBits));

    /// <summary>Compares raw bits.</summary>
    public static bool operator ==(I64F64 left, I64F64 right) => left.Bits == right.Bits;

    /// <summary>Compares raw bits.</summary>
    public static bool operator !=(I64F64 left, I64F64 right) => left.Bits != right.Bits;

    /// <summary>Compares raw bits.</summary>
    public static bool operator <(I64F64 left, I64F64 right) => left.Bits < right.Bits;

    /// <summary>Compares raw bits.</summary>
    public static bool operator >(I64F64 left, I64F64 right) => left.Bits > right.Bits;

    /// <summary>Compares raw bits.</summary>
    public static bool operator <=(I64F64 left, I64F64 right) => left.Bits <= right.Bits;

    /// <summary>Compares raw bits.</summary>
    public static bool operator >=(I64F64 left, I64F64 right) => left.Bits >= right.Bits;

    /// <summary><c>to_num::&lt;u64&gt;()</c>: the floored integer part, wrapped to 64 bits.</summary>
    public ulong ToUInt64() => unchecked((ulong)(Bits >> FractionBits));

    /// <inheritdoc/>
    public bool Equals(I64F64 other) => Bits == other.Bits;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is I64F64 other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Bits.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(I64F64 other) => Bits.CompareTo(other.Bits);

    /// <summary>Decimal form with 10 fractional digits (truncated), computed with integers only.</summary>
    public override string ToString() => FixedDecimal.Format(Bits, FractionBits);
}
