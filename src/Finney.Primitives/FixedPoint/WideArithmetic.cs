namespace Finney.Primitives.FixedPoint;

/// <summary>
/// 256-bit intermediate arithmetic for the 128-bit fixed-point types: the full signed product of two
/// <see cref="Int128"/> values and the division of a 256-bit dividend by a 128-bit divisor. All results
/// wrap to 128 bits the way substrate-fixed's release build does.
/// </summary>
internal static class WideArithmetic
{
    /// <summary>Returns ⌊a·b / 2^shift⌋ mod 2^128 (arithmetic shift of the exact 256-bit product).</summary>
    public static Int128 MultiplyShiftRight(Int128 a, Int128 b, int shift)
    {
        unchecked
        {
            if (a == (long)a && b == (long)b)
            {
                return (Int128)(long)a * (long)b >> shift;
            }

            bool negative = (a < 0) != (b < 0);
            var (hi, lo) = MultiplyUnsigned((UInt128)(a < 0 ? -a : a), (UInt128)(b < 0 ? -b : b));
            if (negative)
            {
                (hi, lo) = Negate(hi, lo);
            }

            // Arithmetic shift of the 256-bit two's complement value (hi:lo), keeping the low 128 bits.
            var shifted = (lo >> shift) | (shift == 0 ? 0 : hi << (128 - shift));
            return (Int128)shifted;
        }
    }

    /// <summary>
    /// Returns (a·2^shift) / b truncated toward zero, wrapped to 128 bits; <paramref name="b"/> = 0 throws
    /// <see cref="DivideByZeroException"/> as substrate-fixed panics.
    /// </summary>
    public static Int128 ShiftLeftDivide(Int128 a, Int128 b, int shift)
    {
        unchecked
        {
            if (b == 0)
            {
                throw new DivideByZeroException();
            }

            bool negative = (a < 0) != (b < 0);
            var magnitude = (UInt128)(a < 0 ? -a : a);
            var divisor = (UInt128)(b < 0 ? -b : b);
            var dividendHi = shift == 0 ? 0 : magnitude >> (128 - shift);
            var dividendLo = magnitude << shift;
            var quotient = DivideLow(dividendHi, dividendLo, divisor);
            return negative ? -(Int128)quotient : (Int128)quotient;
        }
    }

    /// <summary>Full 128×128→256-bit unsigned product as (high, low) halves.</summary>
    public static (UInt128 Hi, UInt128 Lo) MultiplyUnsigned(UInt128 a, UInt128 b)
    {
        unchecked
        {
            ulong a0 = (ulong)a, a1 = (ulong)(a >> 64), b0 = (ulong)b, b1 = (ulong)(b >> 64);
            var p00 = (UInt128)a0 * b0;
            var p01 = (UInt128)a0 * b1;
            var p10 = (UInt128)a1 * b0;
            var p11 = (UInt128)a1 * b1;
            var middle = (p00 >> 64) + (ulong)p01 + (ulong)p10;
            var lo = (middle << 64) | (ulong)p00;
            var hi = p11 + (p01 >> 64) + (p10 >> 64) + (middle >> 64);
            return (hi, lo);
        }
    }

    /// <summary>The low 128 bits of ⌊(hi·2^128 + lo) / divisor⌋; <paramref name="divisor"/> must not be 0.</summary>
    public static UInt128 DivideLow(UInt128 hi, UInt128 lo, UInt128 divisor)
    {
        if (hi == 0)
        {
            return lo / divisor;
        }

        // The quotient's bits above 128 only wrap away; keep the remainder of the high half.
        var remainder = hi % divisor;
        return remainder == 0 ? lo / divisor : DivideNormalized(remainder, lo, divisor);
    }

    private static (UInt128 Hi, UInt128 Lo) Negate(UInt128 hi, UInt128 lo)
    {
        unchecked
        {
            var negLo = ~lo + 1;
            var negHi = ~hi + (negLo == 0 ? UInt128.One : UInt128.Zero);
            return (negHi, negLo);
        }
    }

    // Long division of a 256-bit value by a 128-bit divisor in two 64-bit quotient digits (Knuth's algorithm D
    // with 64-bit half-words); requires hi < divisor, so the quotient fits in 128 bits.
    private static UInt128 DivideNormalized(UInt128 hi, UInt128 lo, UInt128 divisor)
    {
        unchecked
        {
            int s = (int)UInt128.LeadingZeroCount(divisor);
            var v = divisor << s;
            ulong vHigh = (ulong)(v >> 64), vLow = (ulong)v;
            var top = s == 0 ? hi : (hi << s) | (lo >> (128 - s));
            var shiftedLo = lo << s;
            ulong digit1 = (ulong)(shiftedLo >> 64), digit0 = (ulong)shiftedLo;

            var q1 = EstimateDigit(top, digit1, vHigh, vLow);
            var middle = ((top << 64) | digit1) - (q1 * v);
            var q0 = EstimateDigit(middle, digit0, vHigh, vLow);
            return (q1 << 64) | q0;
        }
    }

    private static UInt128 EstimateDigit(UInt128 top, ulong nextDigit, ulong vHigh, ulong vLow)
    {
        unchecked
        {
            var b = (UInt128)1 << 64;
            var q = top / vHigh;
            var r = top - (q * vHigh);
            while (q >= b || q * vLow > ((r << 64) | nextDigit))
            {
                q--;
                r += vHigh;
                if (r >= b)
                {
                    break;
                }
            }

            return q;
        }
    }
}
