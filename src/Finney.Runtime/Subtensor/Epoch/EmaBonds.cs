using Finney.Primitives.FixedPoint;

namespace Finney.Runtime.Subtensor.Epoch;

/// <summary>Steps 13–14 and 18 on the bonds moving average: column normalisation, dividends, and the stored u16 rows.</summary>
internal static class EmaBonds
{
    /// <summary>
    /// <c>inplace_col_normalize_sparse</c> with the given column sums, and in the same pass each row's dividend
    /// Σ_j incentive[j] · ema[i][j] (<c>matmul_transpose_sparse</c>) and each column's maximum for the upscale.
    /// </summary>
    /// <returns>The dividends, not yet normalised, and the column maxima (zero for empty columns).</returns>
    public static (I32F32[] Dividends, I32F32[] ColumnMax) NormalizeColumns(SparseMatrix ema, I32F32[] columnSums,
        I32F32[] incentive, int parallelism)
    {
        var dividends = new I32F32[ema.Size];
        var max = EpochParallel.MaxOverRows(ema.RowStart, ema.Size, parallelism, ema.Size, (start, end, columnMax) =>
        {
            ushort[] columns = ema.Columns;
            I32F32[] values = ema.Values;
            for (int i = start; i < end; i++)
            {
                var dividend = I32F32.Zero;
                for (int e = ema.RowStart[i]; e < ema.RowEnd[i]; e++)
                {
                    int j = columns[e];
                    var sum = columnSums[j];
                    var value = sum == I32F32.Zero ? values[e] : values[e] / sum;
                    values[e] = value;
                    dividend += incentive[j] * value;
                    columnMax[j] = value > columnMax[j] ? value : columnMax[j];
                }

                dividends[i] = dividend;
            }
        });
        return (dividends, max);
    }

    /// <summary>
    /// <c>inplace_col_max_upscale_sparse</c> in place, then each row as u16 proportions (entries that round to 0 stay
    /// stored). Only the rows in <paramref name="wanted"/> (all when null) are converted; the others come back empty.
    /// </summary>
    public static SparseEntry[][] UpscaledRows(SparseMatrix ema, I32F32[] columnMax, bool[]? wanted)
    {
        var rows = new SparseEntry[ema.Size][];
        for (int i = 0; i < ema.Size; i++)
        {
            rows[i] = wanted is null || wanted[i] ? UpscaleRow(ema, i, columnMax) : [];
        }

        return rows;
    }

    private static SparseEntry[] UpscaleRow(SparseMatrix ema, int i, I32F32[] columnMax)
    {
        ushort[] columns = ema.Columns;
        I32F32[] values = ema.Values;
        var row = new SparseEntry[ema.RowEnd[i] - ema.RowStart[i]];
        for (int e = ema.RowStart[i]; e < ema.RowEnd[i]; e++)
        {
            var max = columnMax[columns[e]];
            var value = max == I32F32.Zero ? values[e] : values[e] / max;
            values[e] = value;
            row[e - ema.RowStart[i]] = new SparseEntry(columns[e], U16Proportion.FromFixed(value));
        }

        return row;
    }
}
