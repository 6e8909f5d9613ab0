using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Finney.Primitives.FixedPoint;

namespace Finney.Runtime.Subtensor.Epoch;

/// <summary>
/// Column medians for weights the staked rows mostly fill: the staked rows are laid out densely in tiles of
/// <see cref="Lanes"/> columns (each tile row one vector), and each tile's medians are found together, one column
/// per vector lane, by bisecting on the value. The median is the smallest score v whose cumulative stake C(v) exceeds
/// the minority (see <see cref="WeightedMedian"/>'s remarks), and since C only steps at scores, the smallest integer
/// with C(v) &gt; minority is that score: the bisection gives exactly subtensor's result, with integer operations only,
/// no pivots and no transpose.
/// </summary>
internal static class TiledMedians
{
    /// <summary>Columns per tile: the lanes of a 512-bit vector of 64-bit values.</summary>
    public const int Lanes = 8;

    /// <summary>
    /// Whether this layout applies: 512-bit vectors are hardware-accelerated, and the tiles (staked rows × columns,
    /// absent entries included) take at most twice the space of the entries they hold.
    /// </summary>
    public static bool Suits(SparseMatrix weights, int[] rowOfStaked)
    {
        long entries = 0;
        foreach (int row in rowOfStaked)
        {
            entries += weights.RowEnd[row] - weights.RowStart[row];
        }

        long cells = (long)rowOfStaked.Length * Tiles(weights.Size) * Lanes;
        return Vector512.IsHardwareAccelerated && rowOfStaked.Length > 0 && cells <= 2 * entries && cells <= int.MaxValue;
    }

    /// <summary>
    /// The median of each column over the staked rows (absent entries scoring 0), for stake normalised over those rows
    /// (<paramref name="useStake"/>) and the given minority.
    /// </summary>
    public static I32F32[] Compute(SparseMatrix weights, int[] rowOfStaked, I32F32[] useStake, I32F32 minority,
        int parallelism, EpochBuffers buffers)
    {
        int tiles = Tiles(weights.Size);
        var cells = Fill(weights, rowOfStaked, buffers.Rent<long>(tiles * rowOfStaked.Length * Lanes));
        var stakeSum = EpochVectors.Sum(useStake);
        var median = new I32F32[weights.Size];
        int tileCells = rowOfStaked.Length * Lanes;
        EpochParallel.For(tiles, parallelism, (start, end) =>
        {
            for (int tile = start; tile < end; tile++)
            {
                var tileMedian = MedianOfTile(cells.AsSpan(tile * tileCells, tileCells), useStake, minority, stakeSum);
                for (int lane = 0; lane < Lanes && tile * Lanes + lane < median.Length; lane++)
                {
                    median[tile * Lanes + lane] = I32F32.FromBits(tileMedian[lane]);
                }
            }
        }, minimumPerRange: Math.Max(1, 8_192 / tileCells));
        return median;
    }

    private static int Tiles(int columns) => (columns + Lanes - 1) / Lanes;

    // Tile t holds columns [t·Lanes, (t+1)·Lanes): cell (t, k, lane) is staked row k's value in column t·Lanes + lane.
    private static long[] Fill(SparseMatrix weights, int[] rowOfStaked, long[] cells)
    {
        int rows = rowOfStaked.Length;
        Array.Clear(cells, 0, Tiles(weights.Size) * rows * Lanes);
        for (int k = 0; k < rows; k++)
        {
            var columns = weights.RowColumns(rowOfStaked[k]);
            var values = weights.RowValues(rowOfStaked[k]);
            for (int e = 0; e < columns.Length; e++)
            {
                int column = columns[e];
                cells[((column / Lanes * rows) + k) * Lanes + (column % Lanes)] = values[e].Bits;
            }
        }

        return cells;
    }

    // Scores are non-negative (normalised weights or absent zeros) and stakes sum below 2^63: no difference or sum
    // below wraps. Below zero the minority selects the minimum and at or above the stake total the maximum, as the
    // partition search does; otherwise lo < answer ≤ hi holds with C(lo) ≤ minority < C(hi), halving hi − lo each
    // round. A lane already at hi − lo = 1 stays put (mid = lo), so rounds continue until every lane is done.
    private static Vector512<long> MedianOfTile(ReadOnlySpan<long> cells, I32F32[] useStake, I32F32 minority, I32F32 stakeSum)
    {
        ref long first = ref MemoryMarshal.GetReference(cells);
        var low = Vector512.Create(long.MaxValue);
        var high = Vector512.Create(long.MinValue);
        for (int k = 0; k < useStake.Length; k++)
        {
            var value = Vector512.LoadUnsafe(ref first, (nuint)(k * Lanes));
            low = Vector512.Min(low, value);
            high = Vector512.Max(high, value);
        }

        if (minority < I32F32.Zero || minority >= stakeSum)
        {
            return minority < I32F32.Zero ? low : high;
        }

        low -= Vector512<long>.One;
        var limit = Vector512.Create(minority.Bits);
        while (!Vector512.LessThanOrEqualAll(high - low, Vector512<long>.One))
        {
            var middle = low + ((high - low) >> 1);
            var stakeAtOrBelow = Vector512<long>.Zero;
            for (int k = 0; k < useStake.Length; k++)
            {
                var value = Vector512.LoadUnsafe(ref first, (nuint)(k * Lanes));
                stakeAtOrBelow += Vector512.LessThanOrEqual(value, middle) & Vector512.Create(useStake[k].Bits);
            }

            var above = Vector512.GreaterThan(stakeAtOrBelow, limit);
            high = Vector512.ConditionalSelect(above, middle, high);
            low = Vector512.ConditionalSelect(above, low, middle);
        }

        return high;
    }
}
