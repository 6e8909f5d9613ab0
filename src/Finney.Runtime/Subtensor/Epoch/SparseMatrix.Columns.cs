using Finney.Primitives.FixedPoint;

namespace Finney.Runtime.Subtensor.Epoch;

/// <summary>Column-wise operations and the bonds moving average.</summary>
internal sealed partial class SparseMatrix
{
    /// <summary><c>inplace_col_normalize_sparse</c>: divides each entry by its column's sum when that sum is not zero.</summary>
    public void NormalizeColumns(int parallelism = 1)
    {
        var sums = new I32F32[Size];
        for (int e = 0; e < Count; e++)
        {
            sums[Columns[e]] += Values[e];
        }

        DivideByColumn(sums, parallelism);
    }

    /// <summary><c>inplace_col_max_upscale_sparse</c>: divides each entry by its column's maximum when that is not zero.</summary>
    public void UpscaleColumnsToMax(int parallelism = 1)
    {
        var max = new I32F32[Size];
        for (int e = 0; e < Count; e++)
        {
            if (max[Columns[e]] < Values[e])
            {
                max[Columns[e]] = Values[e];
            }
        }

        DivideByColumn(max, parallelism);
    }

    // Divides every entry by its column's divisor, skipping zero divisors (both callers' rule).
    private void DivideByColumn(I32F32[] divisors, int parallelism) => EpochParallel.For(Count, parallelism, (start, end) =>
    {
        for (int e = start; e < end; e++)
        {
            var divisor = divisors[Columns[e]];
            if (divisor != I32F32.Zero)
            {
                Values[e] /= divisor;
            }
        }
    });

    /// <summary>
    /// <c>mat_ema_sparse</c>: α·newer + (1−α)·older, each product floored, keeping only positive sums, each row's
    /// entries in ascending column order. Subtensor builds a dense row of width n per row; this touches only the
    /// columns present, which gives the same entries.
    /// </summary>
    public static SparseMatrix MovingAverage(SparseMatrix newer, SparseMatrix older, I32F32 alpha, EpochBuffers buffers)
    {
        int n = newer.Size;
        var oneMinusAlpha = I32F32.One - alpha;
        var accumulator = new I32F32[n];
        var touched = new bool[n];
        var touchedList = new ushort[n];
        var rowStart = buffers.Rent<int>(n + 1);
        var columns = buffers.Rent<ushort>(newer.Count + older.Count);
        var values = buffers.Rent<I32F32>(newer.Count + older.Count);
        int count = 0;
        for (int i = 0; i < n; i++)
        {
            rowStart[i] = count;
            int touchedCount = newer.AccumulateRow(i, alpha, accumulator, touched, touchedList, 0);
            touchedCount = older.AccumulateRow(i, oneMinusAlpha, accumulator, touched, touchedList, touchedCount);
            count = touchedCount > n / 16
                ? EmitByScan(accumulator, touched, columns, values, count)
                : EmitSorted(touchedList.AsSpan(0, touchedCount), accumulator, touched, columns, values, count);
        }

        rowStart[n] = count;
        return new SparseMatrix(n, rowStart, columns, values);
    }

    // Emits the positive sums in ascending column order and clears the accumulator; a scan suits dense rows.
    private static int EmitByScan(I32F32[] accumulator, bool[] touched, ushort[] columns, I32F32[] values, int count)
    {
        for (int j = 0; j < accumulator.Length; j++)
        {
            if (touched[j])
            {
                count = Emit((ushort)j, accumulator, touched, columns, values, count);
            }
        }

        return count;
    }

    private static int EmitSorted(Span<ushort> order, I32F32[] accumulator, bool[] touched, ushort[] columns, I32F32[] values, int count)
    {
        order.Sort();
        foreach (var j in order)
        {
            count = Emit(j, accumulator, touched, columns, values, count);
        }

        return count;
    }

    private static int Emit(ushort j, I32F32[] accumulator, bool[] touched, ushort[] columns, I32F32[] values, int count)
    {
        if (accumulator[j] > I32F32.Zero)
        {
            columns[count] = j;
            values[count++] = accumulator[j];
        }

        accumulator[j] = I32F32.Zero;
        touched[j] = false;
        return count;
    }

    private int AccumulateRow(int i, I32F32 factor, I32F32[] accumulator, bool[] touched, ushort[] touchedList, int touchedCount)
    {
        for (int e = RowStart[i]; e < RowStart[i + 1]; e++)
        {
            var j = Columns[e];
            if (!touched[j])
            {
                touched[j] = true;
                touchedList[touchedCount++] = j;
            }

            accumulator[j] += factor * Values[e];
        }

        return touchedCount;
    }
}
