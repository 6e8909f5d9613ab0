namespace Finney.Runtime.Subtensor.Epoch;

/// <summary>
/// Splits independent work (rows, entries, columns) into contiguous ranges run on up to <c>parallelism</c> threads.
/// Each index is processed exactly as in the sequential loop and writes only its own outputs, so results do not
/// depend on the thread count.
/// </summary>
internal static class EpochParallel
{
    // Below this many items a thread hand-off costs more than it saves.
    private const int MinimumPerRange = 8_192;

    /// <summary>Runs <paramref name="body"/>(start, end) over [0, <paramref name="count"/>) in contiguous ranges.</summary>
    public static void For(int count, int parallelism, Action<int, int> body)
    {
        int ranges = Math.Min(parallelism, count / MinimumPerRange);
        if (ranges <= 1)
        {
            body(0, count);
            return;
        }

        Parallel.For(0, ranges, new ParallelOptions { MaxDegreeOfParallelism = ranges },
            r => body((int)((long)count * r / ranges), (int)((long)count * (r + 1) / ranges)));
    }

    /// <summary>
    /// Runs <paramref name="body"/>(startRow, endRow) over the rows of a compressed-row matrix, in ranges holding about
    /// the same number of entries (validator rows are long, most others empty).
    /// </summary>
    public static void ForRows(int[] rowStart, int rows, int parallelism, Action<int, int> body)
    {
        int entries = rowStart[rows];
        int ranges = Math.Min(parallelism, entries / MinimumPerRange);
        if (ranges <= 1)
        {
            body(0, rows);
            return;
        }

        var bounds = new int[ranges + 1];
        bounds[ranges] = rows;
        for (int r = 1; r < ranges; r++)
        {
            // First row whose entries start at or after r/ranges of all entries.
            int target = (int)((long)entries * r / ranges);
            int row = Array.BinarySearch(rowStart, 0, rows + 1, target);
            bounds[r] = Math.Max(bounds[r - 1], row >= 0 ? row : ~row);
        }

        Parallel.For(0, ranges, new ParallelOptions { MaxDegreeOfParallelism = ranges }, r => body(bounds[r], bounds[r + 1]));
    }
}
