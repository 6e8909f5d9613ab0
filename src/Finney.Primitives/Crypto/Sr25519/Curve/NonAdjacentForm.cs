namespace Finney.Primitives.Crypto.Sr25519.Curve;

/// <summary>Width-w non-adjacent form of a scalar below 2^255: odd digits in (−2^(w−1), 2^(w−1)), any two non-zero digits at least w apart.</summary>
internal static class NonAdjacentForm
{
    /// <summary>Writes 256 signed digits (least significant first) with Σ digit[i]·2^i = scalar.</summary>
    internal static void Compute(ReadOnlySpan<byte> scalar, int width, Span<sbyte> digits)
    {
        System.Diagnostics.Debug.Assert(scalar.Length == 32 && scalar[31] < 0x80 && digits.Length == 256 && width is >= 2 and <= 8, "reduced scalars only");
        Span<ulong> words = stackalloc ulong[5];
        for (var i = 0; i < 4; i++)
        {
            words[i] = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(scalar[(i * 8)..]);
        }

        words[4] = 0;
        digits.Clear();
        var windowSize = 1UL << width;
        var windowMask = windowSize - 1;
        var position = 0;
        var carry = 0UL;
        while (position < 256)
        {
            var index = position / 64;
            var bit = position % 64;

            // A window that straddles two words needs bits from the next one; bit > 0 there, so no 64-bit shift.
            var buffer = bit < 64 - width ? words[index] >> bit : words[index] >> bit | words[index + 1] << (64 - bit);
            var window = carry + (buffer & windowMask);
            if ((window & 1) == 0)
            {
                position++;
                continue;
            }

            if (window < windowSize / 2)
            {
                carry = 0;
                digits[position] = (sbyte)window;
            }
            else
            {
                carry = 1;
                digits[position] = (sbyte)((long)window - (long)windowSize);
            }

            position += width;
        }
    }
}
