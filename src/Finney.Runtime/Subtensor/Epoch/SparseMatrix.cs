using Finney.Primitives.FixedPoint;

namespace Finney.Runtime.Subtensor.Epoch;

/// <summary>
/// A sparse square matrix in compressed rows, the shape of subtensor's <c>Vec&lt;Vec&lt;(u16, I32F32)&gt;&gt;</c>: each
/// row keeps its entries in stored order. Row i's entries are at [RowStart[i], RowEnd[i]); a row may end before the
/// next one starts, so rows can be filled or shrunk in place, and in parallel, without moving the others.
/// </summary>
internal sealed class SparseMatrix
{
    public SparseMatrix(int size, int[] rowStart, int[] rowEnd, ushort[] columns, I32F32[] values)
    {
        Size = size;
        RowStart = rowStart;
        RowEnd = rowEnd;
        Columns = columns;
        Values = values;
    }

    /// <summary>A matrix whose rows follow each other: row i is [rowStart[i], rowStart[i+1]).</summary>
    public SparseMatrix(int size, int[] rowStart, ushort[] columns, I32F32[] values)
        : this(size, rowStart, rowStart[1..(size + 1)], columns, values)
    {
    }

    /// <summary>Rows and columns (SubnetworkN).</summary>
    public int Size { get; }

    /// <summary>Index of each row's first entry.</summary>
    public int[] RowStart { get; }

    /// <summary>Index one past each row's last entry.</summary>
    public int[] RowEnd { get; }

    /// <summary>Column uid of each entry.</summary>
    public ushort[] Columns { get; }

    /// <summary>Value of each entry.</summary>
    public I32F32[] Values { get; }

    /// <summary>Number of stored entries.</summary>
    public int Count
    {
        get
        {
            int count = 0;
            for (int i = 0; i < Size; i++)
            {
                count += RowEnd[i] - RowStart[i];
            }

            return count;
        }
    }

    /// <summary>Row i's values.</summary>
    public Span<I32F32> RowValues(int i) => Values.AsSpan(RowStart[i], RowEnd[i] - RowStart[i]);

    /// <summary>Row i's column uids.</summary>
    public Span<ushort> RowColumns(int i) => Columns.AsSpan(RowStart[i], RowEnd[i] - RowStart[i]);

    /// <summary>The rows as (column, value) lists, for traces and tests.</summary>
    public IReadOnlyList<IReadOnlyList<(ushort Uid, I32F32 Value)>> ToRows()
    {
        var rows = new (ushort, I32F32)[Size][];
        for (int i = 0; i < Size; i++)
        {
            rows[i] = new (ushort, I32F32)[RowEnd[i] - RowStart[i]];
            for (int e = RowStart[i]; e < RowEnd[i]; e++)
            {
                rows[i][e - RowStart[i]] = (Columns[e], Values[e]);
            }
        }

        return rows;
    }
}
