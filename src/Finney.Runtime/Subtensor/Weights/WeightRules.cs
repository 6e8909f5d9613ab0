using Finney.Primitives.FixedPoint;

namespace Finney.Runtime.Subtensor.Weights;

/// <summary>The pure checks of <c>set_weights</c> (subtensor's <c>weights.rs</c>), apart from state.</summary>
public static class WeightRules
{
    /// <summary>A self-weight: exactly one entry, naming the caller's own UID.</summary>
    public static bool IsSelfWeight(ushort uid, ReadOnlySpan<ushort> dests) => dests.Length == 1 && dests[0] == uid;

    /// <summary>True when a UID appears twice.</summary>
    public static bool HasDuplicates(ReadOnlySpan<ushort> dests)
    {
        var seen = new bool[ushort.MaxValue + 1];
        foreach (var uid in dests)
        {
            if (seen[uid])
            {
                return true;
            }

            seen[uid] = true;
        }

        return false;
    }

    /// <summary>
    /// subtensor's <c>check_vec_max_limited</c>: after normalising to sum 1 (I32F32), the largest weight is at most
    /// <paramref name="maxLimit"/> / 65,535.
    /// </summary>
    public static bool IsMaxLimited(ReadOnlySpan<ushort> weights, ushort maxLimit)
    {
        var limit = I32F32.FromInt64(maxLimit) / I32F32.FromInt64(SubtensorConfig.U16Max);
        var sum = I32F32.Zero;
        var max = I32F32.Zero;
        foreach (var weight in weights)
        {
            var value = I32F32.FromInt64(weight);
            sum += value;
            max = value > max ? value : max;
        }

        return weights.IsEmpty || (sum == I32F32.Zero ? max : max / sum) <= limit;
    }
}
