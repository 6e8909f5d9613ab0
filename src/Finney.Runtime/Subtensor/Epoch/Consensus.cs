using Finney.Primitives.FixedPoint;

namespace Finney.Runtime.Subtensor.Epoch;

/// <summary>
/// Consensus weight per column: the stake-weighted median of the column over the uids with positive active stake
/// (<c>weighted_median_col_sparse</c> and <c>weighted_median_col</c>).
/// </summary>
internal static class Consensus
{
    private const int ColumnsPerTask = 256;

    /// <summary>
    /// Sparse variant: the staked rows' stake is normalised once, minority = Σstake − κ, and each column's median
    /// runs over all staked rows with absent entries scoring 0. Columns are independent, so
    /// <paramref name="parallelism"/> &gt; 1 splits them across threads without changing any result; so does the choice
    /// between <see cref="TiledMedians"/> and the column-by-column search, which give the same medians.
    /// </summary>
    public static I32F32[] Sparse(SparseMatrix weights, ReadOnlySpan<I32F32> activeStake, I32F32 kappa, int parallelism,
        EpochBuffers buffers)
    {
        var (rowOfStaked, useStake) = StakedRows(activeStake);
        var minority = EpochVectors.Sum(useStake) - kappa;
        return TiledMedians.Suits(weights, rowOfStaked)
            ? TiledMedians.Compute(weights, rowOfStaked, useStake, minority, parallelism, buffers)
            : ByColumn(weights, rowOfStaked, useStake, minority, parallelism, buffers);
    }

    /// <summary>
    /// The sparse variant's medians column by column: the staked rows' entries transposed, each column searched with
    /// subtensor's partitioning.
    /// </summary>
    public static I32F32[] ByColumn(SparseMatrix weights, int[] rowOfStaked, I32F32[] useStake, I32F32 minority,
        int parallelism, EpochBuffers buffers)
    {
        int n = weights.Size;
        var stakeSum = EpochVectors.Sum(useStake);
        var byColumn = Transpose(weights, rowOfStaked, buffers);
        var median = new I32F32[n];
        int tasks = (n + ColumnsPerTask - 1) / ColumnsPerTask;
        void RunTask(int task)
        {
            var scratch = new ColumnScratch(useStake.Length);
            int end = Math.Min(n, (task + 1) * ColumnsPerTask);
            for (int c = task * ColumnsPerTask; c < end; c++)
            {
                median[c] = byColumn.MedianOfColumn(c, useStake, scratch, minority, stakeSum);
            }
        }

        if (parallelism > 1)
        {
            Parallel.For(0, tasks, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, RunTask);
        }
        else
        {
            for (int task = 0; task < tasks; task++)
            {
                RunTask(task);
            }
        }

        return median;
    }

    /// <summary>Dense variant: the same per column, staked rows re-normalised for each column as subtensor does.</summary>
    public static I32F32[] Dense(I32F32[][] weights, ReadOnlySpan<I32F32> activeStake, I32F32 kappa)
    {
        int n = weights.Length;
        var (rowOfStaked, useStake) = StakedRows(activeStake);
        var stakeSum = EpochVectors.Sum(useStake);
        var scratch = new WeightedMedian(useStake.Length);
        var score = new I32F32[useStake.Length];
        var median = new I32F32[n];
        for (int c = 0; c < n && useStake.Length > 0; c++)
        {
            for (int k = 0; k < rowOfStaked.Length; k++)
            {
                score[k] = weights[rowOfStaked[k]][c];
            }

            median[c] = scratch.Compute(useStake, score, stakeSum - kappa, I32F32.Zero, stakeSum);
        }

        return median;
    }

    /// <summary>The uids with positive active stake, in order, and their stake normalised over them.</summary>
    public static (int[] Rows, I32F32[] Stake) StakedRows(ReadOnlySpan<I32F32> activeStake)
    {
        var rows = new List<int>();
        for (int r = 0; r < activeStake.Length; r++)
        {
            if (activeStake[r] > I32F32.Zero)
            {
                rows.Add(r);
            }
        }

        var stake = new I32F32[rows.Count];
        for (int k = 0; k < stake.Length; k++)
        {
            stake[k] = activeStake[rows[k]];
        }

        EpochVectors.Normalize(stake);
        return (rows.ToArray(), stake);
    }

    private static ColumnEntries Transpose(SparseMatrix weights, int[] rowOfStaked, EpochBuffers buffers)
    {
        int n = weights.Size;
        var start = new int[n + 1];
        foreach (int row in rowOfStaked)
        {
            foreach (var column in weights.RowColumns(row))
            {
                start[column + 1]++;
            }
        }

        for (int c = 0; c < n; c++)
        {
            start[c + 1] += start[c];
        }

        var fill = start.AsSpan(0, n).ToArray();
        var slot = buffers.Rent<ushort>(start[n]);
        var value = buffers.Rent<I32F32>(start[n]);
        for (int k = 0; k < rowOfStaked.Length; k++)
        {
            int row = rowOfStaked[k];
            for (int e = weights.RowStart[row]; e < weights.RowEnd[row]; e++)
            {
                int at = fill[weights.Columns[e]]++;
                slot[at] = (ushort)k;
                value[at] = weights.Values[e];
            }
        }

        return new ColumnEntries(start, slot, value);
    }

    // A column's entries: value[e] from staked row slot[e] (the index into the staked rows), rows in ascending order.
    private sealed record ColumnEntries(int[] Start, ushort[] Slot, I32F32[] Value)
    {
        // The median depends only on the (score, stake) pairs (see StakeMedian), so a column with absent rows is
        // passed as its present entries plus one zero score carrying the absent rows' stake.
        public I32F32 MedianOfColumn(int c, I32F32[] useStake, ColumnScratch scratch, I32F32 minority, I32F32 stakeSum)
        {
            int present = Start[c + 1] - Start[c];
            if (present == useStake.Length)
            {
                // Every staked row has an entry, stored in row order: the column is already the score vector.
                return scratch.Median.Compute(useStake, Value.AsSpan(Start[c], present), minority, I32F32.Zero, stakeSum);
            }

            var absentStake = stakeSum;
            for (int e = Start[c], k = 0; e < Start[c + 1]; e++, k++)
            {
                var stake = useStake[Slot[e]];
                scratch.Stake[k] = stake;
                scratch.Score[k] = Value[e];
                absentStake -= stake;
            }

            scratch.Stake[present] = absentStake;
            scratch.Score[present] = I32F32.Zero;
            return scratch.Median.Compute(scratch.Stake.AsSpan(0, present + 1), scratch.Score.AsSpan(0, present + 1),
                minority, I32F32.Zero, stakeSum);
        }
    }

    private sealed class ColumnScratch(int capacity)
    {
        public WeightedMedian Median { get; } = new(capacity);

        public I32F32[] Stake { get; } = new I32F32[capacity];

        public I32F32[] Score { get; } = new I32F32[capacity];
    }
}
