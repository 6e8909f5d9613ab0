using Finney.Primitives.FixedPoint;

namespace Finney.Runtime.Subtensor.Epoch;

/// <summary>The n×n matrix operations of subtensor's dense <c>epoch_dense</c> (parity: math.rs, non-sparse functions).</summary>
internal static class DenseMatrix
{
    /// <summary>
    /// <c>get_weights</c>/<c>get_bonds</c> then the masks: forbidden rows and the diagonal zeroed when
    /// <paramref name="forbidden"/> is given, and cells with last_update[i] ≤ block_at_registration[j] zeroed.
    /// </summary>
    public static I32F32[][] Load(SparseEntry[][] rows, ReadOnlySpan<ulong> lastUpdate, ReadOnlySpan<ulong> registration, ReadOnlySpan<bool> forbidden)
    {
        int n = rows.Length;
        var matrix = new I32F32[n][];
        for (int i = 0; i < n; i++)
        {
            matrix[i] = new I32F32[n];
            foreach (var entry in rows[i])
            {
                matrix[i][entry.Uid] = I32F32.FromUInt64(entry.Value);
            }

            for (int j = 0; j < n; j++)
            {
                bool masked = (!forbidden.IsEmpty && (forbidden[i] || i == j)) || lastUpdate[i] <= registration[j];
                matrix[i][j] = masked ? I32F32.Zero : matrix[i][j];
            }
        }

        return matrix;
    }

    /// <summary><c>inplace_row_normalize</c>.</summary>
    public static void NormalizeRows(I32F32[][] matrix)
    {
        foreach (var row in matrix)
        {
            var sum = EpochVectors.Sum(row);
            if (sum > I32F32.Zero)
            {
                EpochVectors.NormalizeUsingSum(row, sum);
            }
        }
    }

    /// <summary><c>inplace_col_normalize</c>.</summary>
    public static void NormalizeColumns(I32F32[][] matrix)
    {
        var sums = new I32F32[matrix.Length];
        foreach (var row in matrix)
        {
            for (int j = 0; j < row.Length; j++)
            {
                sums[j] += row[j];
            }
        }

        foreach (var row in matrix)
        {
            for (int j = 0; j < row.Length; j++)
            {
                row[j] = sums[j] == I32F32.Zero ? row[j] : row[j] / sums[j];
            }
        }
    }

    /// <summary><c>inplace_col_max_upscale</c>.</summary>
    public static void UpscaleColumnsToMax(I32F32[][] matrix)
    {
        var max = new I32F32[matrix.Length];
        foreach (var row in matrix)
        {
            for (int j = 0; j < row.Length; j++)
            {
                max[j] = max[j] < row[j] ? row[j] : max[j];
            }
        }

        foreach (var row in matrix)
        {
            for (int j = 0; j < row.Length; j++)
            {
                row[j] = max[j] == I32F32.Zero ? row[j] : row[j] / max[j];
            }
        }
    }

    /// <summary><c>matmul</c>: result[j] = Σ_i vector[i] · m[i][j].</summary>
    public static I32F32[] MultiplyLeft(I32F32[][] matrix, ReadOnlySpan<I32F32> vector)
    {
        var result = new I32F32[matrix.Length];
        for (int i = 0; i < matrix.Length; i++)
        {
            for (int j = 0; j < matrix[i].Length; j++)
            {
                result[j] += vector[i] * matrix[i][j];
            }
        }

        return result;
    }

    /// <summary><c>matmul_transpose</c>: result[i] = Σ_j vector[j] · m[i][j].</summary>
    public static I32F32[] MultiplyRight(I32F32[][] matrix, ReadOnlySpan<I32F32> vector)
    {
        var result = new I32F32[matrix.Length];
        for (int i = 0; i < matrix.Length; i++)
        {
            for (int j = 0; j < matrix[i].Length; j++)
            {
                result[i] += vector[j] * matrix[i][j];
            }
        }

        return result;
    }

    /// <summary><c>inplace_col_clip</c>: cells above their column's threshold become the threshold.</summary>
    public static void ClipColumns(I32F32[][] matrix, ReadOnlySpan<I32F32> threshold)
    {
        foreach (var row in matrix)
        {
            for (int j = 0; j < row.Length; j++)
            {
                row[j] = row[j] > threshold[j] ? threshold[j] : row[j];
            }
        }
    }

    /// <summary><c>row_sum</c>.</summary>
    public static I32F32[] RowSums(I32F32[][] matrix) => matrix.Select(row => EpochVectors.Sum(row)).ToArray();

    /// <summary><c>row_hadamard</c>: row i scaled by vector[i].</summary>
    public static I32F32[][] ScaleRows(I32F32[][] matrix, ReadOnlySpan<I32F32> vector)
    {
        var result = new I32F32[matrix.Length][];
        for (int i = 0; i < matrix.Length; i++)
        {
            result[i] = new I32F32[matrix[i].Length];
            for (int j = 0; j < matrix[i].Length; j++)
            {
                result[i][j] = vector[i] * matrix[i][j];
            }
        }

        return result;
    }

    /// <summary><c>mat_ema</c>: α·newer + (1−α)·older, cell by cell.</summary>
    public static I32F32[][] MovingAverage(I32F32[][] newer, I32F32[][] older, I32F32 alpha)
    {
        var oneMinusAlpha = I32F32.One - alpha;
        var result = new I32F32[newer.Length][];
        for (int i = 0; i < newer.Length; i++)
        {
            result[i] = new I32F32[newer[i].Length];
            for (int j = 0; j < newer[i].Length; j++)
            {
                result[i][j] = (alpha * newer[i][j]) + (oneMinusAlpha * older[i][j]);
            }
        }

        return result;
    }
}
