using Finney.Primitives.FixedPoint;

namespace Finney.Runtime.Subtensor.Epoch;

/// <summary>Vector steps of subtensor's <c>math.rs</c>, with its rounding and wrapping (parity: math.rs).</summary>
internal static class EpochVectors
{
    /// <summary><c>sum</c>: wrapping fixed-point sum (order-independent).</summary>
    public static I32F32 Sum(ReadOnlySpan<I32F32> values)
    {
        var sum = I32F32.Zero;
        foreach (var value in values)
        {
            sum += value;
        }

        return sum;
    }

    /// <summary><c>is_zero</c>: the sum is exactly zero.</summary>
    public static bool IsZero(ReadOnlySpan<I32F32> values) => Sum(values) == I32F32.Zero;

    /// <summary><c>inplace_normalize</c>: divides by the sum unless it is zero.</summary>
    public static void Normalize(Span<I32F32> values) => NormalizeUsingSum(values, Sum(values));

    /// <summary><c>inplace_normalize_using_sum</c>: divides by <paramref name="sum"/> unless it is zero.</summary>
    public static void NormalizeUsingSum(Span<I32F32> values, I32F32 sum)
    {
        if (sum == I32F32.Zero)
        {
            return;
        }

        for (int i = 0; i < values.Length; i++)
        {
            values[i] /= sum;
        }
    }

    /// <summary>
    /// Stake as <c>I64F64</c>, normalised by its wrapping sum (<c>inplace_normalize_64</c>), then floored to
    /// <c>I32F32</c> (<c>vec_fixed64_to_fixed32</c>).
    /// </summary>
    public static I32F32[] NormalizeStake(ReadOnlySpan<ulong> stake)
    {
        var wide = new I64F64[stake.Length];
        var sum = I64F64.Zero;
        for (int i = 0; i < stake.Length; i++)
        {
            wide[i] = I64F64.FromUInt64(stake[i]);
            sum += wide[i];
        }

        var result = new I32F32[stake.Length];
        for (int i = 0; i < stake.Length; i++)
        {
            result[i] = I32F32.FromFixed(sum == I64F64.Zero ? wide[i] : wide[i] / sum);
        }

        return result;
    }

    /// <summary>
    /// <c>is_topk</c>: true for the <paramref name="k"/> largest values; all true when there are fewer than k values.
    /// Ties keep the stable ascending order, so among equal values the lower uids lose their place first.
    /// </summary>
    public static bool[] IsTopK(ReadOnlySpan<I32F32> values, int k)
    {
        int n = values.Length;
        var result = new bool[n];
        Array.Fill(result, true);
        if (n < k)
        {
            return result;
        }

        // Sorting (value, index) pairs gives exactly the stable ascending order by value.
        var keys = new Int128[n];
        for (int i = 0; i < n; i++)
        {
            keys[i] = ((Int128)values[i].Bits << 32) | (uint)i;
        }

        Array.Sort(keys);
        for (int position = 0; position < n - k; position++)
        {
            result[unchecked((int)(uint)keys[position])] = false;
        }

        return result;
    }

    /// <summary><c>vecdiv</c>: x[i] / y[i], or 0 where y[i] is 0.</summary>
    public static I32F32[] Divide(ReadOnlySpan<I32F32> x, ReadOnlySpan<I32F32> y)
    {
        var result = new I32F32[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            if (y[i] != I32F32.Zero)
            {
                result[i] = x[i] / y[i];
            }
        }

        return result;
    }

    /// <summary>Logical negation of a mask.</summary>
    public static bool[] Not(ReadOnlySpan<bool> mask)
    {
        var result = new bool[mask.Length];
        for (int i = 0; i < mask.Length; i++)
        {
            result[i] = !mask[i];
        }

        return result;
    }

    /// <summary>
    /// The active stake: normalised stake with inactive uids and uids without a previous permit set to zero
    /// (<c>inplace_mask_vector</c> twice), then normalised again.
    /// </summary>
    public static I32F32[] ActiveStake(ReadOnlySpan<I32F32> stake, ReadOnlySpan<bool> active, ReadOnlySpan<bool> permit)
    {
        var result = stake.ToArray();
        for (int i = 0; i < result.Length; i++)
        {
            if (!active[i] || !permit[i])
            {
                result[i] = I32F32.Zero;
            }
        }

        Normalize(result);
        return result;
    }

    /// <summary>Maps each value through <see cref="U16Proportion.FromFixed"/>.</summary>
    public static ushort[] ToU16Proportions(ReadOnlySpan<I32F32> values)
    {
        var result = new ushort[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            result[i] = U16Proportion.FromFixed(values[i]);
        }

        return result;
    }
}
