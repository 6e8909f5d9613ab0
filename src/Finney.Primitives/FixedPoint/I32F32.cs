using System.Numerics;
using System.Runtime.CompilerServices;

namespace Finney.Primitives.FixedPoint;

/// <summary>
/// Signed fixed-point number with 32 integer and 32 fractional bits, bit-compatible with substrate-fixed
/// 0.5.9's <c>I32F32</c> as subtensor's wasm release build runs it: products are floored (arithmetic shift),
/// quotients truncated toward zero, and every overflow wraps silently.
/// </summary>
public readonly struct I32F32 : IEquatable<I32F32>, IComparable<I32F32>,
    IComparisonOperators<I32F32, I32F32, bool>, IAdditionOperators<I32F32, I32F32, I32F32>,
    ISubtractionOperators<I32F32, I32F32, I32F32>, IMultiplyOperators<I32F32, I32F32, I32F32>,
    IDivisionOperators<I32F32, I32F32, I32F32>
{
    /// <summary>Number of fractional bits.</summary>
    public const int FractionBits = 32;

    private I32F32(long bits) => Bits = bits;

    /// <summary>The raw two's complement representation (value · 2^32).</summary>
    public long Bits { get; }

    /// <summary>Zero.</summary>
    public static I32F32 Zero => default;

    /// <summary>One.</summary>
    public static I32F32 One => new(1L << FractionBits);

    /// <summary>The largest value, 2^31 − 2^−32.</summary>
    public static I32F32 MaxValue => new(long.MaxValue);

    /// <summary>The smallest value, −2^31.</summary>
    public static I32F32 MinValue => new(long.MinValue);

    /// <summary>Reinterprets raw bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static I32F32 FromBits(long bits) => new(bits);

    /// <summary><c>from_num</c> of a signed integer: value · 2^32, wrapping when it does not fit.</summary>
    public static I32F32 FromInt64(long value) => new(unchecked(value << FractionBits));

    /// <summary><c>from_num</c> of an unsigned integer (u16, u32, u64): value · 2^32, wrapping.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static I32F32 FromUInt64(ulong value) => new(unchecked((long)(value << FractionBits)));

    /// <summary><c>I32F32::from_num(I64F64)</c>: drops 32 fractional bits (floor) and wraps the integer part.</summary>
    public static I32F32 FromFixed(I64F64 value) => new(unchecked((long)(value.Bits >> 32)));

    /// <summary>Wrapping sum.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static I32F32 operator +(I32F32 left, I32F32 right) => new(unchecked(left.Bits + right.Bits));

    /// <summary>Wrapping difference.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static I32F32 operator -(I32F32 left, I32F32 right) => new(unchecked(left.Bits - right.Bits));

    /// <summary>Wrapping negation.</summary>
    public static I32F32 operator -(I32F32 value) => new(unchecked(-value.Bits));

    /// <summary>Product floored to 32 fractional bits (arithmetic shift of the 128-bit product), wrapping.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static I32F32 operator *(I32F32 left, I32F32 right)
    {
        unchecked
        {
            long hi = Math.BigMul(left.Bits, right.Bits, out long lo);
            return new((hi << 32) | (long)((ulong)lo >> 32));
        }
    }

    /// <summary>Quotient (left · 2^32) / right truncated toward zero, wrapping; divide by zero throws.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static I32F32 operator /(I32F32 left, I32F32 right)
    {
        unchecked
        {
            long a = left.Bits, b = right.Bits;
            if ((ulong)a <= uint.MaxValue && b > 0)
            {
                // 0 ≤ a < 2^32 (every proportion below 1) and b > 0: one unsigned 64-bit division, inlined.
                return new((long)(((ulong)a << 32) / (ulong)b));
            }

            return DivideWide(a, b);
        }
    }

    // The other cases, out of line so that the common one stays small where it is inlined.
    private static I32F32 DivideWide(long a, long b)
    {
        unchecked
        {
            if (a >= int.MinValue && a <= int.MaxValue)
            {
                // (a << 32) fits in 64 bits: the same truncating division without 128-bit arithmetic.
                return b == -1 ? new(-(a << 32)) : new((a << 32) / b);
            }

            // .NET's 128-bit division runs on the hardware divider when the divisor fits in 64 bits.
            return new((long)(((Int128)a << 32) / b));
        }
    }

    /// <summary>Compares raw bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool operator ==(I32F32 left, I32F32 right) => left.Bits == right.Bits;

    /// <summary>Compares raw bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool operator !=(I32F32 left, I32F32 right) => left.Bits != right.Bits;

    /// <summary>Compares raw bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool operator <(I32F32 left, I32F32 right) => left.Bits < right.Bits;

    /// <summary>Compares raw bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool operator >(I32F32 left, I32F32 right) => left.Bits > right.Bits;

    /// <summary>Compares raw bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool operator <=(I32F32 left, I32F32 right) => left.Bits <= right.Bits;

    /// <summary>Compares raw bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool operator >=(I32F32 left, I32F32 right) => left.Bits >= right.Bits;

    /// <summary><c>to_num::&lt;u16&gt;()</c>: the floored integer part, wrapped to 16 bits.</summary>
    public ushort ToUInt16() => unchecked((ushort)(Bits >> FractionBits));

    /// <summary><c>to_num::&lt;u64&gt;()</c>: the floored integer part, wrapped to 64 bits.</summary>
    public ulong ToUInt64() => unchecked((ulong)(Bits >> FractionBits));

    /// <summary><c>round()</c>: nearest integer, ties away from zero, wrapping.</summary>
    public I32F32 Round()
    {
        unchecked
        {
            long floor = Bits & ~0xFFFF_FFFFL;
            long fraction = Bits & 0xFFFF_FFFFL;
            if ((fraction & 0x8000_0000L) == 0 || (fraction == 0x8000_0000L && Bits < 0))
            {
                return new(floor);
            }

            return new(floor + (1L << FractionBits));
        }
    }

    /// <summary>Absolute value, wrapping at <see cref="MinValue"/>.</summary>
    public I32F32 Abs() => Bits < 0 ? new(unchecked(-Bits)) : this;

    /// <inheritdoc/>
    public bool Equals(I32F32 other) => Bits == other.Bits;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is I32F32 other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Bits.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(I32F32 other) => Bits.CompareTo(other.Bits);

    /// <summary>Decimal form with 10 fractional digits (truncated), computed with integers only.</summary>
    public override string ToString() => FixedDecimal.Format(Bits, FractionBits);
}
