using Finney.Primitives.FixedPoint;

namespace Finney.Runtime.Subtensor.Epoch;

/// <summary>
/// Subtensor's stake-weighted median (<c>weighted_median</c>): a binary search that always pivots on the middle
/// element of the current partition, keeping partition order, so the result is deterministic. Reproduced step for
/// step because ties and the final fallbacks make the result depend on the pivot sequence.
/// </summary>
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

    private static Partition SplitIdentity(ReadOnlySpan<I32F32> stake, ReadOnlySpan<I32F32> score, int count,
        I32F32 pivot, int[] lower, int[] upper)
    {
        var result = default(Partition);
        for (int idx = 0; idx < count; idx++)
        {
            result.Add(idx, stake[idx], score[idx], pivot, lower, upper);
        }

        return result;
    }

    private static Partition Split(ReadOnlySpan<I32F32> stake, ReadOnlySpan<I32F32> score, ReadOnlySpan<int> partition,
        I32F32 pivot, int[] lower, int[] upper)
    {
        var result = default(Partition);
        foreach (int idx in partition)
        {
            result.Add(idx, stake[idx], score[idx], pivot, lower, upper);
        }

        return result;
    }

    private struct Partition
    {
        public I32F32 LowerStake;
        public I32F32 UpperStake;
        public int LowerCount;
        public int UpperCount;

        // Scores equal to the pivot belong to neither side, as in subtensor. Written without branches on the
        // comparison (the index is stored on both sides, the counts advance conditionally): scores are unordered,
        // so a branch would mispredict half the time.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public void Add(int idx, I32F32 stake, I32F32 score, I32F32 pivot, int[] lower, int[] upper)
        {
            long below = score < pivot ? 1 : 0, above = score > pivot ? 1 : 0;
            lower[LowerCount] = idx;
            upper[UpperCount] = idx;
            LowerCount += (int)below;
            UpperCount += (int)above;
            LowerStake += I32F32.FromBits(stake.Bits & -below);
            UpperStake += I32F32.FromBits(stake.Bits & -above);
        }
    }
}
