using FsCheck.Xunit;
using Finney.Primitives.FixedPoint;
using Finney.Runtime.Subtensor.Epoch;

namespace Finney.Runtime.Tests.Subtensor.Epoch;

/// <summary>The integer shortcut for dividing a stored u16 value by the sum it belongs to equals I32F32 division.</summary>
public class U16SumTests
{
    [Property(MaxTest = 3000)]
    public void Divide_AnySumHoldingTheValue_EqualsFixedPointDivision(uint units, ushort value)
    {
        // Any S below 2^32 is reachable (up to 65,536 values of up to 65,535); the value is one of the summands.
        var sum = new U16Sum(Math.Max(units, value));
        sum.Divide(value).ShouldBe(Reference(sum.Fixed, value));
    }

    [Theory]
    [InlineData(0u, 0)]
    [InlineData(1u, 1)]
    [InlineData(65_535u, 65_535)]
    [InlineData((1u << 31) - 1, 65_535)]
    [InlineData(1u << 31, 65_535)]
    [InlineData((1u << 31) + 1, 1)]
    [InlineData(uint.MaxValue, 65_535)]
    [InlineData(uint.MaxValue, 0)]
    [InlineData(3u, 0)]
    public void Divide_EdgeSums_EqualsFixedPointDivision(uint units, ushort value)
    {
        var sum = new U16Sum(units);
        sum.Divide(value).ShouldBe(Reference(sum.Fixed, value));
    }

    [Property(MaxTest = 500)]
    public void Fixed_AnyValues_EqualsWrappingFixedPointSum(ushort[] values)
    {
        var sum = default(U16Sum);
        var reference = I32F32.Zero;
        foreach (var value in values)
        {
            sum = sum.Add(value);
            reference += I32F32.FromUInt64(value);
        }

        sum.Fixed.ShouldBe(reference);
    }

    [Fact]
    public void Fixed_SumAboveTwoToThe31_IsNegativeAsTheWrappingSumIs()
    {
        var sum = default(U16Sum);
        var reference = I32F32.Zero;
        for (int k = 0; k < 40_000; k++)
        {
            sum = sum.Add(65_535);
            reference += I32F32.FromUInt64(65_535);
        }

        sum.Fixed.ShouldBe(reference);
        sum.Fixed.ShouldBeLessThan(I32F32.Zero);
        sum.Divide(65_535).ShouldBe(I32F32.FromUInt64(65_535) / reference);
    }

    private static I32F32 Reference(I32F32 sum, ushort value) =>
        sum == I32F32.Zero ? I32F32.FromUInt64(value) : I32F32.FromUInt64(value) / sum;
}
