using Finney.Primitives.FixedPoint;

namespace Finney.Runtime.Subtensor.Epoch;

/// <summary>
/// Splits independent work (rows, entries, columns) into contiguous ranges run on up to <c>parallelism</c> threads.
/// Each index is processed exactly as in the sequential loop and writes only its own outputs, so results do not
/// depend on the thread count. Per-column totals are gathered per range and then combined with wrapping addition or
/// maximum, which give the same result in any order.
/// </summary>
internal static class EpochParallel
{
    // Below this many items a thread hand-off costs more than it saves.
    private const int MinimumPerRange = 8_192;

    /// <summary>
    /// Runs <paramref name="body"/>(start, end) over [0, <paramref name="count"/>) in contiguous ranges of at least
    /// <paramref name="minimumPerRange"/> items (by default a count that pays for a thread hand-off on cheap items).
    /// </summary>
    public static void For(int count, int parallelism, Action<int, int> body, int minimumPerRange = MinimumPerRange)
    {
        int ranges = Math.Min(parallelism, count / minimumPerRange);
        if (ranges <= 1)
        {
            body(0, count);
            return;
        }

        Parallel.For(0, ranges, new ParallelOptions { MaxDegreeOfParallelism = ranges },
            r => body((int)((long)count * r / ranges), (int)((long)count * (r + 1) / ranges)));
    }

    /// <summary>
    /// Runs <paramref name="body"/>(startRow, endRow) over the rows of a compressed-row layout, in ranges holding about
    /// the same number of entries (validator rows are long, most others empty). <paramref name="rowStart"/> has
    /// <paramref name="rows"/> + 1 non-decreasing entries.
    /// </summary>
    public static void ForRows(int[] rowStart, int rows, int parallelism, Action<int, int> body)
    {
        var bounds = RowRanges(rowStart, rows, parallelism);
        if (bounds.Length == 2)
        {
            body(0, rows);
            return;
        }

        Parallel.For(0, bounds.Length - 1, new ParallelOptions { MaxDegreeOfParallelism = bounds.Length - 1 },
            r => body(bounds[r], bounds[r + 1]));
    }

    /// <summary>
    /// <see cref="ForRows"/> where each range also adds into its own zeroed vector of <paramref name="length"/>
    /// values; returns the wrapping sum of those vectors.
    /// </summary>
    public static I32F32[] SumOverRows(int[] rowStart, int rows, int parallelism, int length, Action<int, int, I32F32[]> body) =>
        CombineOverRows(rowStart, rows, parallelism, length, body, static (total, part) => total + part);

    /// <summary><see cref="SumOverRows(int[], int, int, int, Action{int, int, I32F32[]})"/> for sums of stored u16 values.</summary>
    public static U16Sum[] SumU16OverRows(int[] rowStart, int rows, int parallelism, int length, Action<int, int, U16Sum[]> body) =>
        CombineOverRows(rowStart, rows, parallelism, length, body, static (total, part) => new U16Sum(total.Units + part.Units));

    /// <summary><see cref="SumOverRows(int[], int, int, int, Action{int, int, I32F32[]})"/> with the per-range vectors combined by element-wise maximum (all start at zero).</summary>
    public static I32F32[] MaxOverRows(int[] rowStart, int rows, int parallelism, int length, Action<int, int, I32F32[]> body) =>
        CombineOverRows(rowStart, rows, parallelism, length, body, static (total, part) => part > total ? part : total);

    private static T[] CombineOverRows<T>(int[] rowStart, int rows, int parallelism, int length,
        Action<int, int, T[]> body, Func<T, T, T> combine)
    {
        var bounds = RowRanges(rowStart, rows, parallelism);
        var parts = new T[bounds.Length - 1][];
        for (int r = 0; r < parts.Length; r++)
        {
            parts[r] = new T[length];
        }

        if (parts.Length == 1)
        {
            body(0, rows, parts[0]);
            return parts[0];
        }

        Parallel.For(0, parts.Length, new ParallelOptions { MaxDegreeOfParallelism = parts.Length },
            r => body(bounds[r], bounds[r + 1], parts[r]));
        for (int r = 1; r < parts.Length; r++)
        {
            for (int j = 0; j < length; j++)
            {
                parts[0][j] = combine(parts[0][j], parts[r][j]);
            }
        }

        return parts[0];
    }

    // Range boundaries over rows, each range holding about the same number of entries; [0, rows] when one range.
    private static int[] RowRanges(int[] rowStart, int rows, int parallelism)
    {
        int entries = rowStart[rows] - rowStart[0];
        int ranges = Math.Max(1, Math.Min(parallelism, entries / MinimumPerRange));
        var bounds = new int[ranges + 1];
        bounds[ranges] = rows;
        for (int r = 1; r < ranges; r++)
        {
            // First row whose entries start at or after r/ranges of all entries.
            int target = rowStart[0] + (int)((long)entries * r / ranges);
            int row = Array.BinarySearch(rowStart, 0, rows + 1, target);
            bounds[r] = Math.Max(bounds[r - 1], row >= 0 ? row : ~row);
        }

        return bounds;
    }
}
