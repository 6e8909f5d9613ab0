using System.Numerics;
using Finney.Primitives.FixedPoint;

namespace Finney.Runtime.Tests.Subtensor.Epoch;

/// <summary>substrate-fixed's <c>from_num(f32/f64)</c> for test inputs: the exact binary value rounded to nearest, ties to even.</summary>
internal static class FixedFloat
{
    public static I32F32 I32(double value) => I32F32.FromBits((long)Scale(value, 32));

    public static I64F64 I64(double value) => I64F64.FromBits((Int128)Scale(value, 64));

    public static I32F32[] I32(params double[] values) => values.Select(I32).ToArray();

    private static BigInteger Scale(double value, int fractionBits)
    {
        // value = mantissa · 2^exponent exactly; shift into fixed point and round half to even.
        long bits = BitConverter.DoubleToInt64Bits(value);
        bool negative = bits < 0;
        int exponent = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xF_FFFF_FFFF_FFFFL;
        if (exponent == 0 && mantissa == 0)
        {
            return BigInteger.Zero;
        }

        mantissa = exponent == 0 ? mantissa : mantissa | (1L << 52);
        int shift = (exponent == 0 ? -1074 : exponent - 1075) + fractionBits;
        BigInteger result;
        if (shift >= 0)
        {
            result = (BigInteger)mantissa << shift;
        }
        else
        {
            var floor = (BigInteger)mantissa >> -shift;
            var remainder = (BigInteger)mantissa - (floor << -shift);
            var half = BigInteger.One << (-shift - 1);
            result = remainder > half || (remainder == half && !floor.IsEven) ? floor + 1 : floor;
        }

        return negative ? -result : result;
    }
}
