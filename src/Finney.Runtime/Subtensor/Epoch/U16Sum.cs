using Finney.Primitives.FixedPoint;

namespace Finney.Runtime.Subtensor.Epoch;

/// <summary>
/// The fixed-point sum of stored u16 values (weights of a row, bonds of a column) kept as the integer S = Σv, so that
/// dividing one of the summed values by it takes one 64-bit division. S stays below 2^32 (at most 65,536 values of at
/// most 65,535), so the wrapping I32F32 sum of the values is exactly S·2^32 reinterpreted as signed. When that is
/// positive (0 &lt; S &lt; 2^31), I32F32 division of v·2^32 by it is ⌊v·2^64 / (S·2^32)⌋ = ⌊v·2^32 / S⌋, and v ≤ S keeps the
/// quotient within 2^32; other sums take the general division.
/// </summary>
internal readonly record struct U16Sum(ulong Units)
{
    private const ulong PositiveLimit = 1UL << 31;

    /// <summary>The sum as subtensor's wrapping I32F32 sum computes it.</summary>
    public I32F32 Fixed => I32F32.FromBits(unchecked((long)(Units << 32)));

    /// <summary>The sum with one more value.</summary>
    public U16Sum Add(ushort value) => new(Units + value);

    /// <summary>
    /// I32F32 v / sum for a value v included in the sum, or v itself when the sum is zero
    /// (<c>inplace_col_normalize_sparse</c>'s rule).
    /// </summary>
    public I32F32 Divide(ushort value)
    {
        // 0 < S < 2^31 in one comparison: S − 1 wraps to the largest value when S is 0.
        if (unchecked(Units - 1) < PositiveLimit - 1)
        {
            return I32F32.FromBits((long)(((ulong)value << 32) / Units));
        }

        var sum = Fixed;
        return sum == I32F32.Zero ? I32F32.FromUInt64(value) : I32F32.FromUInt64(value) / sum;
    }
}
