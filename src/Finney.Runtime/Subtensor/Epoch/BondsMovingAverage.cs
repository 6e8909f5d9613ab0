using System.Numerics;
using Finney.Primitives.FixedPoint;

namespace Finney.Runtime.Subtensor.Epoch;

/// <summary>
/// Steps 11–13: the old bonds (outdated entries masked) and ΔB = W∘S, each column-normalised, combined into the bonds
/// moving average (<c>mat_ema_sparse</c>). Neither normalised matrix is stored: each entry is formed where the average
/// needs it, from the stored bonds row and the clipped weights. ΔB's column sums are the ranks (Σ_i W[i][j]·S[i], the
/// same products and a wrapping sum), so only the bonds' column sums take a pass of their own.
/// </summary>
internal sealed class BondsMovingAverage
{
    private readonly EpochInput _input;
    private readonly SparseMatrix _weights;
    private readonly I32F32[] _activeStake;
    private readonly I32F32[] _deltaSums;
    private readonly U16Sum[] _bondSums;

    /// <summary>Prepares the average of <paramref name="clippedWeights"/>∘S and the stored bonds of <paramref name="input"/>.</summary>
    /// <param name="input">The epoch's input: stored bonds, last updates, registrations.</param>
    /// <param name="clippedWeights">The clipped weights.</param>
    /// <param name="activeStake">Active stake per uid (S).</param>
    /// <param name="ranks">Column sums of clipped W∘S, before normalisation.</param>
    /// <param name="parallelism">Threads for the bonds' column sums.</param>
    public BondsMovingAverage(EpochInput input, SparseMatrix clippedWeights, I32F32[] activeStake, I32F32[] ranks, int parallelism)
    {
        _input = input;
        _weights = clippedWeights;
        _activeStake = activeStake;
        _deltaSums = ranks;
        BondRowStart = new int[input.NeuronCount + 1];
        for (int i = 0; i < input.NeuronCount; i++)
        {
            BondRowStart[i + 1] = BondRowStart[i] + input.Bonds[i].Length;
        }

        _bondSums = EpochParallel.SumU16OverRows(BondRowStart, input.NeuronCount, parallelism, input.NeuronCount, AddBondColumns);
    }

    // Prefix sums of the stored bonds rows' lengths.
    private int[] BondRowStart { get; }

    /// <summary>
    /// <c>mat_ema_sparse</c>: α·ΔB + (1−α)·B per row, each product floored, keeping the positive sums in ascending
    /// column order; returns the matrix and its column sums.
    /// </summary>
    public (SparseMatrix Ema, I32F32[] ColumnSums) Compute(I32F32 alpha, int parallelism, EpochBuffers buffers)
    {
        int n = _input.NeuronCount;
        var rowStart = buffers.Rent<int>(n + 1);
        for (int i = 0; i <= n; i++)
        {
            rowStart[i] = _weights.RowStart[i] + BondRowStart[i];
        }

        // Row i holds at most its weights and its bonds entries; rows start where the two inputs' rows would.
        var ema = new SparseMatrix(n, rowStart, buffers.Rent<int>(n), buffers.Rent<ushort>(rowStart[n]), buffers.Rent<I32F32>(rowStart[n]));
        var oneMinusAlpha = I32F32.One - alpha;
        var sums = EpochParallel.SumOverRows(rowStart, n, parallelism, n, (start, end, columnSums) =>
        {
            var output = new RowOutput(ema.Columns, ema.Values, columnSums);
            var dense = new DenseRow(new I32F32[n]);
            var tracked = new TrackedRow(dense.Sums);
            for (int i = start; i < end; i++)
            {
                // A row touching a good part of the columns is emitted by scanning them all; others track what they touch.
                ema.RowEnd[i] = rowStart[i + 1] - rowStart[i] >= n / 4
                    ? AddRow(i, alpha, oneMinusAlpha, ref dense).EmitPositive(output, rowStart[i])
                    : AddRow(i, alpha, oneMinusAlpha, ref tracked).EmitPositive(output, rowStart[i]);
            }
        });
        return (ema, sums);
    }

    /// <summary>
    /// <c>mat_ema_sparse</c> of two stored matrices, with the row accumulation and ordering <see cref="Compute"/> uses
    /// (the epoch itself forms its operands entry by entry); for subtensor's own cases of the function.
    /// </summary>
    public static SparseMatrix Combine(SparseMatrix newer, SparseMatrix older, I32F32 alpha)
    {
        int n = newer.Size;
        var oneMinusAlpha = I32F32.One - alpha;
        var rowStart = new int[n + 1];
        var rowEnd = new int[n];
        for (int i = 0; i < n; i++)
        {
            rowStart[i + 1] = rowStart[i] + (newer.RowEnd[i] - newer.RowStart[i]) + (older.RowEnd[i] - older.RowStart[i]);
        }

        var output = new RowOutput(new ushort[rowStart[n]], new I32F32[rowStart[n]], new I32F32[n]);
        var row = new TrackedRow(new I32F32[n]);
        for (int i = 0; i < n; i++)
        {
            for (int e = newer.RowStart[i]; e < newer.RowEnd[i]; e++)
            {
                row.Add(newer.Columns[e], alpha * newer.Values[e]);
            }

            for (int e = older.RowStart[i]; e < older.RowEnd[i]; e++)
            {
                row.Add(older.Columns[e], oneMinusAlpha * older.Values[e]);
            }

            rowEnd[i] = row.EmitPositive(output, rowStart[i]);
        }

        return new SparseMatrix(n, rowStart, rowEnd, output.Columns, output.Values);
    }

    /// <summary>ΔB normalised, as a matrix (for traces).</summary>
    public SparseMatrix NormalizedDelta()
    {
        var values = _weights.Values.ToArray();
        for (int i = 0; i < _weights.Size; i++)
        {
            for (int e = _weights.RowStart[i]; e < _weights.RowEnd[i]; e++)
            {
                values[e] = NormalizedDelta(values[e], _activeStake[i], _deltaSums[_weights.Columns[e]]);
            }
        }

        return new SparseMatrix(_weights.Size, _weights.RowStart, _weights.RowEnd, _weights.Columns, values);
    }

    /// <summary>The stored bonds, outdated entries masked and column-normalised, as a matrix (for traces).</summary>
    public SparseMatrix NormalizedBonds()
    {
        int n = _input.NeuronCount;
        var rowEnd = new int[n];
        var columns = new ushort[BondRowStart[n]];
        var values = new I32F32[BondRowStart[n]];
        for (int i = 0; i < n; i++)
        {
            rowEnd[i] = BondRowStart[i];
            foreach (var entry in _input.Bonds[i])
            {
                if (IsCurrent(i, entry.Uid))
                {
                    columns[rowEnd[i]] = entry.Uid;
                    values[rowEnd[i]++] = NormalizedBond(entry.Value, _bondSums[entry.Uid]);
                }
            }
        }

        return new SparseMatrix(n, BondRowStart, rowEnd, columns, values);
    }

    // inplace_col_normalize_sparse leaves a column whose sum is zero as it is.
    private static I32F32 NormalizedDelta(I32F32 weight, I32F32 stake, I32F32 columnSum)
    {
        var delta = weight * stake;
        return columnSum == I32F32.Zero ? delta : delta / columnSum;
    }

    private static I32F32 NormalizedBond(ushort bond, U16Sum columnSum) => columnSum.Divide(bond);

    // vec_mask_sparse_matrix: a bond is kept when its row's last update is after the column's registration.
    private bool IsCurrent(int i, ushort j) => _input.LastUpdate[i] > _input.BlockAtRegistration[j];

    private void AddBondColumns(int start, int end, U16Sum[] sums)
    {
        for (int i = start; i < end; i++)
        {
            foreach (var entry in _input.Bonds[i])
            {
                if (IsCurrent(i, entry.Uid))
                {
                    sums[entry.Uid] = sums[entry.Uid].Add(entry.Value);
                }
            }
        }
    }

    // α·ΔB[i] + (1−α)·B[i] into the row accumulator. A row without active stake scales to zeros, which add nothing.
    private ref TRow AddRow<TRow>(int i, I32F32 alpha, I32F32 oneMinusAlpha, ref TRow row)
        where TRow : struct, IRowAccumulator
    {
        var stake = _activeStake[i];
        if (stake != I32F32.Zero)
        {
            var columns = _weights.RowColumns(i);
            var values = _weights.RowValues(i);
            for (int e = 0; e < columns.Length; e++)
            {
                int j = columns[e];
                row.Add(j, alpha * NormalizedDelta(values[e], stake, _deltaSums[j]));
            }
        }

        ulong lastUpdate = _input.LastUpdate[i];
        ulong[] registration = _input.BlockAtRegistration;
        U16Sum[] bondSums = _bondSums;
        foreach (var entry in _input.Bonds[i])
        {
            if (lastUpdate > registration[entry.Uid])
            {
                row.Add(entry.Uid, oneMinusAlpha * NormalizedBond(entry.Value, bondSums[entry.Uid]));
            }
        }

        return ref row;
    }
    // One row of sums, by column; zero between rows. Each implementation is a struct so that the generic AddRow is
    // compiled once for each, with Add inlined.
    private interface IRowAccumulator
    {
        void Add(int j, I32F32 value);

        // Writes the positive sums in ascending column order from index `at` on, adds them to their columns' totals,
        // clears the row, and returns the index after the last written entry.
        int EmitPositive(RowOutput output, int at);
    }

    private sealed record RowOutput(ushort[] Columns, I32F32[] Values, I32F32[] ColumnSums)
    {
        public int Write(int at, int j, I32F32 sum)
        {
            Columns[at] = (ushort)j;
            Values[at] = sum;
            ColumnSums[j] += sum;
            return at + 1;
        }
    }

    // Emits by scanning every column: for rows that touch many of them.
    private readonly struct DenseRow(I32F32[] sums) : IRowAccumulator
    {
        public I32F32[] Sums { get; } = sums;

        public void Add(int j, I32F32 value) => Sums[j] += value;

        public int EmitPositive(RowOutput output, int at)
        {
            var sums = Sums;
            for (int j = 0; j < sums.Length; j++)
            {
                var sum = sums[j];
                if (sum != I32F32.Zero)
                {
                    sums[j] = I32F32.Zero;
                    at = sum > I32F32.Zero ? output.Write(at, j, sum) : at;
                }
            }

            return at;
        }
    }

    // Keeps a bitmap of the columns touched and the range of its words, so the positive sums come out in ascending
    // column order without scanning the whole row (subtensor walks a dense row of width n; sorting costs more).
    private struct TrackedRow(I32F32[] sums) : IRowAccumulator
    {
        private readonly I32F32[] _sums = sums;
        private readonly ulong[] _touched = new ulong[(sums.Length + 63) / 64];
        private int _firstWord = int.MaxValue;
        private int _lastWord = -1;

        public void Add(int j, I32F32 value)
        {
            int word = j >> 6;
            _touched[word] |= 1UL << j;
            _firstWord = Math.Min(_firstWord, word);
            _lastWord = Math.Max(_lastWord, word);
            _sums[j] += value;
        }

        public int EmitPositive(RowOutput output, int at)
        {
            for (int word = _firstWord; word <= _lastWord; word++)
            {
                for (ulong bits = _touched[word]; bits != 0; bits &= bits - 1)
                {
                    int j = (word << 6) + BitOperations.TrailingZeroCount(bits);
                    var sum = _sums[j];
                    _sums[j] = I32F32.Zero;
                    at = sum > I32F32.Zero ? output.Write(at, j, sum) : at;
                }

                _touched[word] = 0;
            }

            (_firstWord, _lastWord) = (int.MaxValue, -1);
            return at;
        }
    }
}
