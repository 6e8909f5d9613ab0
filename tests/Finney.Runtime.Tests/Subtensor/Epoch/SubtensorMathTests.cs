using Finney.Primitives.FixedPoint;
using Finney.Runtime.Subtensor.Epoch;

namespace Finney.Runtime.Tests.Subtensor.Epoch;

/// <summary>The epoch-relevant unit tests of subtensor's <c>src/math.rs</c> at d2218440f, with upstream's numbers.</summary>
public class SubtensorMathTests
{
    private static I32F32 F(double value) => FixedFloat.I32((float)value);

    private static I32F32[] V(params double[] values) => values.Select(F).ToArray();

    [Fact]
    public void VecMaxUpscaleToU16_UpstreamCases()
    {
        U16Proportion.MaxUpscale(V()).ShouldBeEmpty();
        U16Proportion.MaxUpscale(V(0)).ShouldBe([(ushort)0]);
        U16Proportion.MaxUpscale(V(0, 0)).ShouldBe([(ushort)0, 0]);
        U16Proportion.MaxUpscale(V(0, 1)).ShouldBe([(ushort)0, 65535]);
        U16Proportion.MaxUpscale(V(0, 0.000000001)).ShouldBe([(ushort)0, 65535]);
        U16Proportion.MaxUpscale(V(0, 0.000016, 1)).ShouldBe([(ushort)0, 1, 65535]);
        U16Proportion.MaxUpscale(V(0.000000001, 0.000000001)).ShouldBe([(ushort)65535, 65535]);
        U16Proportion.MaxUpscale(V(0.000001, 0.000006, 0.000007, 0.0001, 0.001, 0.01, 0.1, 0.2, 0.3, 0.4))
            .ShouldBe([(ushort)0, 1, 1, 16, 164, 1638, 16384, 32768, 49151, 65535]);
        foreach (var single in new[] { I32F32.FromUInt64(16384), I32F32.FromUInt64(32768), I32F32.FromUInt64(32769), I32F32.FromUInt64(65535), I32F32.MaxValue })
        {
            U16Proportion.MaxUpscale([single]).ShouldBe([(ushort)65535]);
        }

        U16Proportion.MaxUpscale(V(0, 1, 65535)).ShouldBe([(ushort)0, 1, 65535]);
        U16Proportion.MaxUpscale(V(0, 0.5, 1, 1.5, 2, 32768)).ShouldBe([(ushort)0, 1, 2, 3, 4, 65535]);
        U16Proportion.MaxUpscale(V(0, 0.5, 1, 1.5, 2, 32768, 32769)).ShouldBe([(ushort)0, 1, 2, 3, 4, 65533, 65535]);
        U16Proportion.MaxUpscale([I32F32.Zero, I32F32.One, I32F32.FromUInt64(32768), I32F32.FromUInt64(32769), I32F32.MaxValue])
            .ShouldBe([(ushort)0, 0, 1, 1, 65535]);
    }

    [Fact]
    public void VecU16MaxUpscaleToU16_UpstreamCases()
    {
        U16Proportion.MaxUpscale(ReadOnlySpan<ushort>.Empty).ShouldBeEmpty();
        U16Proportion.MaxUpscale([(ushort)0, 0]).ShouldBe([(ushort)0, 0]);
        U16Proportion.MaxUpscale([(ushort)1]).ShouldBe([(ushort)65535]);
        U16Proportion.MaxUpscale([(ushort)0, 1]).ShouldBe([(ushort)0, 65535]);
        U16Proportion.MaxUpscale([(ushort)65534]).ShouldBe([(ushort)65535]);
        U16Proportion.MaxUpscale([(ushort)65535, 65535]).ShouldBe([(ushort)65535, 65535]);
        U16Proportion.MaxUpscale([(ushort)0, 1, 65534]).ShouldBe([(ushort)0, 1, 65535]);
        U16Proportion.MaxUpscale([(ushort)0, 1, 2, 3, 4, 65533, 65535]).ShouldBe([(ushort)0, 1, 2, 3, 4, 65533, 65535]);
    }

    [Fact]
    public void FixedOverflow_AlphaFromBondsMovingAverage()
    {
        EpochSteps.Alpha(900_000).ShouldBe(FixedFloat.I32(0.1)); // an f64 literal upstream
        var one = I64F64.FromFixed(I32F32.MaxValue) / I64F64.FromFixed(I32F32.MaxValue);
        (I32F32.One - I32F32.FromFixed(one)).ShouldBe(I32F32.Zero);
        _ = I96F32.FromFixed(I32F32.MaxValue) * I96F32.FromUInt64(ulong.MaxValue);
        _ = I110F18.FromFixed(I32F32.MaxValue) * I110F18.FromUInt64(ulong.MaxValue);
    }

    [Fact]
    public void U64Normalization_UpstreamCases()
    {
        var maxSum = I64F64.FromUInt64(21_000_000_000_000_000);
        var minFrac = I64F64.FromUInt64(1) / maxSum;
        minFrac.ShouldBe(FixedFloat.I64(0.0000000000000000476));
        I32F32.FromFixed(minFrac).ShouldBe(I32F32.Zero);
        var min32Frac = I64F64.FromUInt64(4_889_444) / maxSum;
        min32Frac.ShouldBe(FixedFloat.I64(0.00000000023283066664));
        I32F32.FromFixed(min32Frac).ShouldBe(FixedFloat.I32(0.0000000002));
        (I64F64.FromUInt64(10_500_000_000_000_000) / maxSum).ShouldBe(FixedFloat.I64(0.5));
        (I64F64.FromUInt64(21_000_000_000_000_000) / maxSum).ShouldBe(I64F64.One);
    }

    [Fact]
    public void ToNum_UpstreamCases()
    {
        I32F32.FromUInt64(ushort.MaxValue).ToUInt16().ShouldBe(ushort.MaxValue);
        I32F32.MaxValue.ToUInt64().ShouldBe((ulong)int.MaxValue);
        I96F32.FromUInt64(ulong.MaxValue).ToUInt64().ShouldBe(ulong.MaxValue);
    }

    [Fact]
    public void IsTopK_UpstreamCases()
    {
        EpochVectors.IsTopK(V(), 5).ShouldBeEmpty();
        var ascending = V(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        EpochVectors.IsTopK(ascending, 0).ShouldAllBe(b => !b);
        EpochVectors.IsTopK(ascending, 5).ShouldBe([false, false, false, false, false, true, true, true, true, true]);
        EpochVectors.IsTopK(ascending, 10).ShouldAllBe(b => b);
        EpochVectors.IsTopK(ascending, 100).ShouldAllBe(b => b);
        EpochVectors.IsTopK(V(9, 8, 7, 6, 5, 4, 3, 2, 1, 0), 5).ShouldBe([true, true, true, true, true, false, false, false, false, false]);
        EpochVectors.IsTopK(V(9, 0, 8, 1, 7, 2, 6, 3, 5, 4), 5).ShouldBe([true, false, true, false, true, false, true, false, true, false]);
        EpochVectors.IsTopK(V(0.9, 0, 0.8, 0.1, 0.7, 0.2, 0.6, 0.3, 0.5, 0.4), 5).ShouldBe([true, false, true, false, true, false, true, false, true, false]);
        EpochVectors.IsTopK(V(0, 1, 2, 3, 4, 5, 5, 5, 5, 6), 5).ShouldBe([false, false, false, false, false, true, true, true, true, true]);
    }

    [Theory]
    [InlineData(new double[] { 0.51 }, new double[] { 1 }, 1.0, true)]
    [InlineData(new double[] { 0.49, 0.51 }, new double[] { 0.5, 1 }, 1.0, false)]
    [InlineData(new double[] { 0.51, 0.49 }, new double[] { 0.5, 1 }, 0.5, false)]
    [InlineData(new double[] { 0.49, 0, 0.51 }, new double[] { 0.5, 0.7, 1 }, 1.0, false)]
    [InlineData(new double[] { 0.49, 0.01, 0.5 }, new double[] { 0.5, 0.7, 1 }, 0.7, false)]
    [InlineData(new double[] { 0.49, 0.51, 0 }, new double[] { 0.5, 0.7, 1 }, 0.7, false)]
    [InlineData(new double[] { 0, 0.49, 0.51 }, new double[] { 0.5, 0.7, 1 }, 1.0, false)]
    [InlineData(new double[] { 0, 0.49, 0, 0.51 }, new double[] { 0.5, 0.5, 1, 1 }, 1.0, false)]
    [InlineData(new double[] { 0, 0.49, 0, 0.51, 0 }, new double[] { 0.5, 0.5, 1, 1, 0.5 }, 1.0, false)]
    [InlineData(new double[] { 0.2, 0.2, 0.2, 0.2, 0.2 }, new double[] { 0.8, 0.2, 1, 0.6, 0.4 }, 0.6, false)]
    [InlineData(new double[] { 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1 }, new double[] { 0.8, 0.8, 0.2, 0.2, 1, 1, 0.6, 0.6, 0.4, 0.4 }, 0.6, false)]
    public void WeightedMedian_UpstreamCases(double[] stakeValues, double[] scoreValues, double expected, bool normalize)
    {
        var stake = V(stakeValues);
        if (normalize)
        {
            EpochVectors.Normalize(stake);
        }

        var minority = I32F32.One - F(0.51);
        new WeightedMedian(stake.Length).Compute(stake, V(scoreValues), minority, I32F32.Zero, EpochVectors.Sum(stake)).ShouldBe(F(expected));
    }

    [Fact]
    public void WeightedMedian_Empty_IsZero() =>
        new WeightedMedian(0).Compute([], [], I32F32.One - F(0.51), I32F32.Zero, I32F32.Zero).ShouldBe(I32F32.Zero);

    [Fact]
    public void WeightedMedianColSparse_UpstreamCases()
    {
        var weights = Sparse(4, 3, 0, 0.1, 0, 0, 0.2, 0.4, 0, 0.3, 0.1, 0, 0.4, 0.5);
        var stake = V(0, 0.75, 0.25, 0);
        Consensus.Sparse(weights, stake, F(0.24), 1, new EpochBuffers()).ShouldBe(V(0, 0.3, 0.4, 0));
        Consensus.Sparse(weights, stake, F(0.26), 1, new EpochBuffers()).ShouldBe(V(0, 0.2, 0.4, 0));
        Consensus.Sparse(weights, stake, F(0.76), 1, new EpochBuffers()).ShouldBe(V(0, 0.2, 0.1, 0));
        var other = Sparse(4, 3, 0, 0.1, 0, 0, 0.2, 0.4, 0, 0.3, 0.1, 0, 0, 0.5);
        Consensus.Sparse(other, V(0, 0.3, 0.2, 0.5), F(0.51), 1, new EpochBuffers()).ShouldBe(V(0, 0, 0.4, 0));
        Consensus.Sparse(Sparse(2, 2, 0, 0, 0, 0), V(0, 0), F(0.5), 1, new EpochBuffers()).ShouldBe(V(0, 0));
    }

    [Fact]
    public void SparseMatEma_UpstreamCases()
    {
        Ema(Rows(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), Rows(10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120))
            .ShouldBe(Rows(1.9, 3.8, 5.7, 7.6, 9.5, 11.4, 13.3, 15.2, 17.1, 19, 20.9, 22.8), Tolerance);
        Ema(Rows(0, 2, 3, 4, 0, 6, 7, 8, 0, 10, 11, 12), Rows(10, 20, 0, 40, 0, 60, 0, 80, 90, 100, 110, 120))
            .ShouldBe(Rows(1, 3.8, 2.7, 7.6, 0, 11.4, 6.3, 15.2, 9, 19, 20.9, 22.8), Tolerance);
        Ema(Rows(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), Rows(10, 20, 0, 40, 0, 60, 0, 80, 90, 100, 110, 120))
            .ShouldBe(Rows(1, 2, 0, 4, 0, 6, 0, 8, 9, 10, 11, 12), Tolerance);
        Ema(Rows(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), Rows(0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0))
            .ShouldBe(Rows(0.9, 0, 0, 0, 0.2, 0, 0, 0, 0, 0, 0, 0), Tolerance);
    }

    private const double Tolerance = 0.000001;

    // A 4×3 matrix given row by row, embedded in a 4×4 sparse matrix (the square shape subtensor assumes); zeros absent.
    private static SparseMatrix Sparse(int rows, int columns, params double[] cells)
    {
        var values = new List<I32F32>();
        var rowStart = new int[rows + 1];
        var cols = new List<ushort>();
        for (int i = 0; i < rows; i++)
        {
            rowStart[i] = values.Count;
            for (int j = 0; j < columns; j++)
            {
                if (cells[(i * columns) + j] > 0)
                {
                    cols.Add((ushort)j);
                    values.Add(F(cells[(i * columns) + j]));
                }
            }
        }

        rowStart[rows] = values.Count;
        return new SparseMatrix(rows, rowStart, cols.ToArray(), values.ToArray());
    }

    private static double[] Rows(params double[] cells) => cells;

    private static double[] Ema(double[] old, double[] @new)
    {
        var result = BondsMovingAverage.Combine(Sparse(4, 3, @new), Sparse(4, 3, old), F(0.1));
        var dense = new double[12];
        foreach (var (row, i) in result.ToRows().Select((r, i) => (r, i)))
        {
            foreach (var (uid, value) in row)
            {
                dense[(i * 3) + uid] = value.Bits / 4294967296.0;
            }
        }

        return dense;
    }
}
