using Finney.Primitives.FixedPoint;

namespace Finney.Runtime.Subtensor.Epoch;

/// <summary>
/// Subtensor's stake-weighted median (<c>weighted_median</c>): a binary search that always pivots on the middle
/// element of the current partition, keeping partition order. Reproduced step for step.
/// </summary>
/// <remarks>
/// With non-negative stakes whose sum T is below 2^63 (so no partial sum wraps) and the initial partition [0, T], the
/// result depends only on the multiset of (score, stake) pairs, not on their order or the pivots: it is the smallest
/// score v with C(v) &gt; minority, where C(v) is the stake of scores ≤ v; the smallest score when minority &lt; 0, the
/// largest when no score qualifies. Proof: each partition holds exactly the scores in an open interval (a, b), with
/// low = C(a) and high = T − stake(≥ b); so lowEdge = stake(&lt; pivot) and highEdge = C(pivot). For 0 ≤ minority &lt; T the
/// intervals [stake(&lt; v), C(v)) of the distinct scores tile [0, T), one of them holds minority, its score v* stays in
/// every partition, and the search returns v* when it is the pivot or the last element left; below 0 every step goes
/// lower and ends on the minimum, at or above T every step goes higher and ends on the maximum. The sparse consensus
/// relies on this to pass a column as its present entries plus one zero score carrying the absent rows' stake.
/// </remarks>
internal sealed class WeightedMedian
{
    private readonly int[][] _buffers;

    /// <summary>Creates scratch space for partitions of up to <paramref name="capacity"/> entries.</summary>
    public WeightedMedian(int capacity) => _buffers = [new int[capacity], new int[capacity], new int[capacity]];

    /// <summary>
    /// The median over all entries (initial partition 0..m−1), with the partition spanning
    /// [<paramref name="low"/>, <paramref name="high"/>] of the stake integral.
    /// </summary>
    public I32F32 Compute(ReadOnlySpan<I32F32> stake, ReadOnlySpan<I32F32> score, I32F32 minority, I32F32 low, I32F32 high)
    {
        int count = stake.Length;
        if (count == 0)
        {
            return I32F32.Zero;
        }

        if (count == 1)
        {
            return score[0];
        }

        int current = -1; // -1: the identity partition, read without an index buffer.
        while (true)
        {
            // Split into the two buffers the current partition does not occupy.
            int lowerBuffer = current < 0 ? 0 : (current + 1) % 3;
            int upperBuffer = current < 0 ? 1 : (current + 2) % 3;
            var pivot = current < 0 ? score[count / 2] : score[_buffers[current][count / 2]];
            var split = current < 0
                ? SplitIdentity(stake, score, count, pivot, _buffers[lowerBuffer], _buffers[upperBuffer])
                : Split(stake, score, _buffers[current].AsSpan(0, count), pivot, _buffers[lowerBuffer], _buffers[upperBuffer]);
            var lowEdge = low + split.LowerStake;
            var highEdge = high - split.UpperStake;
            if (lowEdge <= minority && minority < highEdge)
            {
                return pivot;
            }

            if (minority < lowEdge && split.LowerCount > 0)
            {
                (current, count, high) = (lowerBuffer, split.LowerCount, lowEdge);
            }
            else if (highEdge <= minority && split.UpperCount > 0)
            {
                (current, count, low) = (upperBuffer, split.UpperCount, highEdge);
            }
            else
            {
                return pivot;
            }

            if (count == 1)
            {
                return score[_buffers[current][0]];
            }
        }
    }

    // The split loops keep their counters and sums in locals (a struct updated through a method would live in memory)
    // and avoid branching on the comparison: the index is stored on both sides and the counts advance conditionally,
    // since scores are unordered and a branch would mispredict half the time. Sums wrap, as fixed-point sums do.
    private static Partition SplitIdentity(ReadOnlySpan<I32F32> stake, ReadOnlySpan<I32F32> score, int count,
        I32F32 pivot, Span<int> lower, Span<int> upper)
    {
        unchecked
        {
            long pivotBits = pivot.Bits, lowerStake = 0, upperStake = 0;
            int lowerCount = 0, upperCount = 0;
            for (int idx = 0; idx < count; idx++)
            {
                long value = score[idx].Bits, below = value < pivotBits ? 1 : 0, above = value > pivotBits ? 1 : 0;
                lower[lowerCount] = idx;
                upper[upperCount] = idx;
                lowerCount += (int)below;
                upperCount += (int)above;
                lowerStake += stake[idx].Bits & -below;
                upperStake += stake[idx].Bits & -above;
            }

            return new Partition(I32F32.FromBits(lowerStake), I32F32.FromBits(upperStake), lowerCount, upperCount);
        }
    }

    private static Partition Split(ReadOnlySpan<I32F32> stake, ReadOnlySpan<I32F32> score, ReadOnlySpan<int> partition,
        I32F32 pivot, Span<int> lower, Span<int> upper)
    {
        unchecked
        {
            long pivotBits = pivot.Bits, lowerStake = 0, upperStake = 0;
            int lowerCount = 0, upperCount = 0;
            foreach (int idx in partition)
            {
                long value = score[idx].Bits, below = value < pivotBits ? 1 : 0, above = value > pivotBits ? 1 : 0;
                lower[lowerCount] = idx;
                upper[upperCount] = idx;
                lowerCount += (int)below;
                upperCount += (int)above;
                lowerStake += stake[idx].Bits & -below;
                upperStake += stake[idx].Bits & -above;
            }

            return new Partition(I32F32.FromBits(lowerStake), I32F32.FromBits(upperStake), lowerCount, upperCount);
        }
    }

    // Scores equal to the pivot belong to neither side, as in subtensor.
    private readonly record struct Partition(I32F32 LowerStake, I32F32 UpperStake, int LowerCount, int UpperCount);
}
