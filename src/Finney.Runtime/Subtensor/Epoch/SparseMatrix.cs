using Finney.Primitives.FixedPoint;

namespace Finney.Runtime.Subtensor.Epoch;

/// <summary>
/// A sparse square matrix in compressed rows, the shape of subtensor's <c>Vec&lt;Vec&lt;(u16, I32F32)&gt;&gt;</c>: each
/// row keeps its entries in stored order. Operations mirror <c>math.rs</c>'s <c>*_sparse</c> functions.
/// </summary>
internal sealed partial class SparseMatrix
{
    public SparseMatrix(int size, int[] rowStart, ushort[] columns, I32F32[] values)
    {
        Size = size;
        RowStart = rowStart;
        Columns = columns;
        Values = values;
    }

    /// <summary>Rows and columns (SubnetworkN).</summary>
    public int Size { get; }

    /// <summary>Row i's entries are at [RowStart[i], RowStart[i+1]).</summary>
    public int[] RowStart { get; }

    /// <summary>Column uid of each entry.</summary>
    public ushort[] Columns { get; }

    /// <summary>Value of each entry.</summary>
    public I32F32[] Values { get; }

    /// <summary>Number of stored entries.</summary>
    public int Count => RowStart[Size];

    /// <summary>
    /// Loads stored u16 rows as unnormalised <c>I32F32</c> values, dropping what subtensor masks: entries from
    /// forbidden rows (<c>mask_rows_sparse</c>) and the diagonal (<c>mask_diag_sparse</c>) when
    /// <paramref name="forbidden"/> is given, and entries with last_update[i] ≤ block_at_registration[j]
    /// (<c>vec_mask_sparse_matrix</c>: the row's update predates the column's registration).
    /// </summary>
    public static SparseMatrix Load(SparseEntry[][] rows, ReadOnlySpan<ulong> lastUpdate,
        ReadOnlySpan<ulong> registration, ReadOnlySpan<bool> forbidden, EpochBuffers buffers)
    {
        int n = rows.Length;
        var rowStart = buffers.Rent<int>(n + 1);
        int total = 0;
        foreach (var row in rows)
        {
            total += row.Length;
        }

        var columns = buffers.Rent<ushort>(total);
        var values = buffers.Rent<I32F32>(total);
        int count = 0;
        for (int i = 0; i < n; i++)
        {
            rowStart[i] = count;
            bool masksRow = !forbidden.IsEmpty && forbidden[i];
            foreach (var entry in masksRow ? [] : rows[i])
            {
                bool kept = (forbidden.IsEmpty || entry.Uid != i) && lastUpdate[i] > registration[entry.Uid];
                if (kept)
                {
                    columns[count] = entry.Uid;
                    values[count++] = I32F32.FromUInt64(entry.Value);
                }
            }
        }

        rowStart[n] = count;
        return new SparseMatrix(n, rowStart, columns, values);
    }

    /// <summary><c>inplace_row_normalize_sparse</c>: divides each row by its sum when the sum is positive.</summary>
    public void NormalizeRows(int parallelism = 1) => EpochParallel.ForRows(RowStart, Size, parallelism, (start, end) =>
    {
        for (int i = start; i < end; i++)
        {
            var row = Values.AsSpan(RowStart[i], RowStart[i + 1] - RowStart[i]);
            var sum = EpochVectors.Sum(row);
            if (sum > I32F32.Zero)
            {
                EpochVectors.NormalizeUsingSum(row, sum);
            }
        }
    });

    /// <summary><c>row_sum_sparse</c>.</summary>
    public I32F32[] RowSums()
    {
        var result = new I32F32[Size];
        for (int i = 0; i < Size; i++)
        {
            result[i] = EpochVectors.Sum(Values.AsSpan(RowStart[i], RowStart[i + 1] - RowStart[i]));
        }

        return result;
    }

    /// <summary><c>matmul_sparse</c>: result[j] = Σ_i vector[i] · m[i][j].</summary>
    public I32F32[] MultiplyLeft(ReadOnlySpan<I32F32> vector)
    {
        var result = new I32F32[Size];
        for (int i = 0; i < Size; i++)
        {
            var factor = vector[i];
            for (int e = RowStart[i]; e < RowStart[i + 1]; e++)
            {
                result[Columns[e]] += factor * Values[e];
            }
        }

        return result;
    }

    /// <summary><c>matmul_transpose_sparse</c>: result[i] = Σ_j vector[j] · m[i][j].</summary>
    public I32F32[] MultiplyRight(I32F32[] vector, int parallelism = 1)
    {
        var result = new I32F32[Size];
        EpochParallel.ForRows(RowStart, Size, parallelism, (start, end) =>
        {
            for (int i = start; i < end; i++)
            {
                var sum = I32F32.Zero;
                for (int e = RowStart[i]; e < RowStart[i + 1]; e++)
                {
                    sum += vector[Columns[e]] * Values[e];
                }

                result[i] = sum;
            }
        });
        return result;
    }

    /// <summary><c>row_hadamard_sparse</c>: a copy with row i scaled by vector[i].</summary>
    public SparseMatrix ScaleRows(I32F32[] vector, EpochBuffers buffers, int parallelism = 1)
    {
        var values = buffers.Rent<I32F32>(Count);
        EpochParallel.ForRows(RowStart, Size, parallelism, (start, end) =>
        {
            for (int i = start; i < end; i++)
            {
                for (int e = RowStart[i]; e < RowStart[i + 1]; e++)
                {
                    values[e] = Values[e] * vector[i];
                }
            }
        });
        return new SparseMatrix(Size, RowStart, Columns, values);
    }

    /// <summary>
    /// <c>col_clip_sparse</c>: entries above their column's threshold become the threshold, or are dropped when the
    /// threshold is not positive.
    /// </summary>
    public SparseMatrix ClipColumns(ReadOnlySpan<I32F32> threshold, EpochBuffers buffers)
    {
        var rowStart = buffers.Rent<int>(Size + 1);
        var columns = buffers.Rent<ushort>(Count);
        var values = buffers.Rent<I32F32>(Count);
        ushort[] sourceColumns = Columns;
        I32F32[] sourceValues = Values;
        int count = 0;
        for (int i = 0; i < Size; i++)
        {
            rowStart[i] = count;
            for (int e = RowStart[i]; e < RowStart[i + 1]; e++)
            {
                var limit = threshold[sourceColumns[e]];
                var value = sourceValues[e];
                if (limit <= I32F32.Zero && limit < value)
                {
                    continue;
                }

                // Half the entries exceed their column's median: a branch-free minimum avoids the mispredictions.
                columns[count] = sourceColumns[e];
                values[count++] = I32F32.FromBits(Math.Min(limit.Bits, value.Bits));
            }
        }

        rowStart[Size] = count;
        return new SparseMatrix(Size, rowStart, columns, values);
    }

    /// <summary>The rows as (column, value) lists, for traces and tests.</summary>
    public IReadOnlyList<IReadOnlyList<(ushort Uid, I32F32 Value)>> ToRows()
    {
        var rows = new (ushort, I32F32)[Size][];
        for (int i = 0; i < Size; i++)
        {
            rows[i] = new (ushort, I32F32)[RowStart[i + 1] - RowStart[i]];
            for (int e = RowStart[i]; e < RowStart[i + 1]; e++)
            {
                rows[i][e - RowStart[i]] = (Columns[e], Values[e]);
            }
        }

        return rows;
    }
}
