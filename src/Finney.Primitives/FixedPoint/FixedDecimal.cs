using System.Globalization;
using System.Text;

namespace Finney.Primitives.FixedPoint;

/// <summary>Integer-only decimal formatting of fixed-point bits, for traces and messages.</summary>
internal static class FixedDecimal
{
    /// <summary>Formats raw bits with <paramref name="fractionBits"/> fractional bits, truncated to <paramref name="digits"/> digits.</summary>
    public static string Format(Int128 bits, int fractionBits, int digits = 10)
    {
        unchecked
        {
            bool negative = bits < 0;
            var magnitude = negative ? (UInt128)(-bits) : (UInt128)bits;
            var integer = magnitude >> fractionBits;
            var fraction = magnitude & ((UInt128.One << fractionBits) - 1);
            var text = new StringBuilder();
            if (negative)
            {
                text.Append('-');
            }

            text.Append(integer.ToString(CultureInfo.InvariantCulture));
            if (fraction == 0)
            {
                return text.ToString();
            }

            text.Append('.');
            for (int i = 0; i < digits && fraction != 0; i++)
            {
                // fraction < 2^fractionBits ≤ 2^64, so fraction · 10 cannot overflow 128 bits.
                fraction *= 10;
                text.Append((char)('0' + (int)(fraction >> fractionBits)));
                fraction &= (UInt128.One << fractionBits) - 1;
            }

            return text.ToString();
        }
    }
}
