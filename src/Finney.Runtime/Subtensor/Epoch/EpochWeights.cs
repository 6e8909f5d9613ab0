using Finney.Primitives.FixedPoint;

namespace Finney.Runtime.Subtensor.Epoch;

/// <summary>
/// The weights matrix: loaded, masked and row-normalised in one pass per row (steps 5–6), then clipped to consensus
/// in place (step 8). Each pass also takes the per-column products with the active stake (<c>matmul_sparse</c>) while
/// the row is in cache, instead of walking the matrix again.
/// </summary>
internal static class EpochWeights
{
    /// <summary>
    /// Weights of permitted validators without self-weight or entries older than their column's registration
    /// (<c>mask_rows_sparse</c>, <c>mask_diag_sparse</c>, <c>vec_mask_sparse_matrix</c>), each row divided by its sum when
    /// that is positive (<c>inplace_row_normalize_sparse</c>).
    /// </summary>
    /// <param name="input">The epoch's input.</param>
    /// <param name="activeStake">Active stake per uid, for the preranks.</param>
    /// <param name="parallelism">Threads for the row ranges.</param>
    /// <param name="buffers">Scratch arrays for the matrix.</param>
    /// <param name="preranks">Σ_i activeStake[i] · W[i][j] for each column j (<c>matmul_sparse</c>).</param>
    public static SparseMatrix LoadNormalized(EpochInput input, I32F32[] activeStake, int parallelism, EpochBuffers buffers,
        out I32F32[] preranks)
    {
        int n = input.NeuronCount;
        var rowStart = buffers.Rent<int>(n + 1);
        int capacity = 0;
        for (int i = 0; i < n; i++)
        {
            rowStart[i] = capacity;
            capacity += input.ValidatorPermit[i] ? input.Weights[i].Length : 0;
        }

        rowStart[n] = capacity;
        var weights = new SparseMatrix(n, rowStart, buffers.Rent<int>(n), buffers.Rent<ushort>(capacity), buffers.Rent<I32F32>(capacity));
        preranks = EpochParallel.SumOverRows(rowStart, n, parallelism, n, (start, end, sums) =>
        {
            for (int i = start; i < end; i++)
            {
                LoadRow(input, weights, i);
                AddScaledRow(weights, i, activeStake[i], sums);
            }
        });
        return weights;
    }

    /// <summary>
    /// <c>col_clip_sparse</c> in place: entries above their column's consensus become the consensus, or are dropped when
    /// the consensus is not positive. Returns each row's sum after clipping (<c>row_sum_sparse</c>: validator trust) and
    /// Σ_i activeStake[i] · W[i][j] per column (the ranks, which are also the column sums of ΔB = W∘S).
    /// </summary>
    public static (I32F32[] RowSums, I32F32[] Ranks) Clip(SparseMatrix weights, I32F32[] consensus, I32F32[] activeStake,
        int parallelism)
    {
        int n = weights.Size;
        var rowSums = new I32F32[n];
        var ranks = EpochParallel.SumOverRows(weights.RowStart, n, parallelism, n, (start, end, sums) =>
        {
            for (int i = start; i < end; i++)
            {
                rowSums[i] = ClipRow(weights, i, consensus);
                AddScaledRow(weights, i, activeStake[i], sums);
            }
        });
        return (rowSums, ranks);
    }

    // Kept entries in stored order as unnormalised I32F32, then divided by the row's wrapping sum if it is positive
    // (inplace_row_normalize_sparse; a row whose u16 values add up to 2^31 or more has a negative sum and stays).
    private static void LoadRow(EpochInput input, SparseMatrix weights, int i)
    {
        int start = weights.RowStart[i];
        var row = input.ValidatorPermit[i] ? input.Weights[i] : [];
        var columns = weights.Columns.AsSpan(start, row.Length);
        var values = weights.Values.AsSpan(start, row.Length);
        ulong lastUpdate = input.LastUpdate[i];
        ulong[] registration = input.BlockAtRegistration;
        int count = 0;
        var sum = default(U16Sum);
        foreach (var entry in row)
        {
            if (entry.Uid != i && lastUpdate > registration[entry.Uid])
            {
                columns[count] = entry.Uid;
                values[count++] = I32F32.FromUInt64(entry.Value);
                sum = sum.Add(entry.Value);
            }
        }

        weights.RowEnd[i] = start + count;
        if (sum.Fixed > I32F32.Zero)
        {
            for (int e = 0; e < count; e++)
            {
                values[e] = sum.Divide(values[e].ToUInt16());
            }
        }
    }

    private static I32F32 ClipRow(SparseMatrix weights, int i, I32F32[] consensus)
    {
        int start = weights.RowStart[i];
        var columns = weights.Columns.AsSpan(start, weights.RowEnd[i] - start);
        var values = weights.Values.AsSpan(start, columns.Length);
        int kept = 0;
        var sum = I32F32.Zero;
        for (int e = 0; e < columns.Length; e++)
        {
            ushort column = columns[e];
            var limit = consensus[column];
            var value = values[e];
            if (limit <= I32F32.Zero && limit < value)
            {
                continue;
            }

            var clipped = I32F32.FromBits(BranchFreeMinimum(limit.Bits, value.Bits));
            columns[kept] = column;
            values[kept++] = clipped;
            sum += clipped;
        }

        weights.RowEnd[i] = start + kept;
        return sum;
    }

    // Half the entries exceed their column's median, so a branch would mispredict half the time (the JIT compiles
    // Math.Min to one here). Both values are non-negative (row-normalised u16 weights, and consensus is one of them
    // or zero), so the difference cannot overflow.
    private static long BranchFreeMinimum(long a, long b)
    {
        long difference = a - b;
        return b + (difference & (difference >> 63));
    }

    // sums[j] += factor · W[i][j]; a zero factor adds only zeros.
    private static void AddScaledRow(SparseMatrix weights, int i, I32F32 factor, I32F32[] sums)
    {
        if (factor == I32F32.Zero)
        {
            return;
        }

        var columns = weights.RowColumns(i);
        var values = weights.RowValues(i);
        for (int e = 0; e < columns.Length; e++)
        {
            sums[columns[e]] += factor * values[e];
        }
    }
}
