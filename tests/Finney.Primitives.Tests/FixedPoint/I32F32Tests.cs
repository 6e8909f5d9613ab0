using System.Numerics;
using FsCheck.Xunit;
using Finney.Primitives.FixedPoint;

namespace Finney.Primitives.Tests.FixedPoint;

public class I32F32Tests
{
    [Property(MaxTest = 2000)]
    public void Multiply_AnyBits_FloorsAndWrapsLikeSubstrateFixed(long a, long b)
    {
        var product = I32F32.FromBits(a) * I32F32.FromBits(b);
        ((BigInteger)product.Bits).ShouldBe(FixedReference.Multiply(a, b, 32, 64));
    }

    [Property(MaxTest = 2000)]
    public void Divide_AnyBits_TruncatesTowardZeroAndWraps(long a, long b)
    {
        if (b == 0)
        {
            return;
        }

        var quotient = I32F32.FromBits(a) / I32F32.FromBits(b);
        ((BigInteger)quotient.Bits).ShouldBe(FixedReference.Divide(a, b, 32, 64));
    }

    [Property(MaxTest = 500)]
    public void Divide_SmallNumerators_MatchesReference(int a, int b)
    {
        if (b == 0)
        {
            return;
        }

        var quotient = I32F32.FromBits(a) / I32F32.FromBits(b);
        ((BigInteger)quotient.Bits).ShouldBe(FixedReference.Divide(a, b, 32, 64));
    }

    [Property(MaxTest = 2000)]
    public void Divide_LargeNumeratorSmallDivisor_WrapsLikeReference(long a, int b)
    {
        if (b == 0)
        {
            return;
        }

        var quotient = I32F32.FromBits(a) / I32F32.FromBits(b);
        ((BigInteger)quotient.Bits).ShouldBe(FixedReference.Divide(a, b, 32, 64));
    }

    [Fact]
    public void Divide_ByZero_Throws() =>
        Should.Throw<DivideByZeroException>(() => I32F32.One / I32F32.Zero);

    [Fact]
    public void Divide_MinOverMinusOneUlp_Wraps() =>
        (I32F32.FromBits(int.MinValue) / I32F32.FromBits(-1)).Bits.ShouldBe(long.MinValue);

    [Fact]
    public void Add_Overflow_Wraps() => (I32F32.MaxValue + I32F32.FromBits(1)).ShouldBe(I32F32.MinValue);

    [Fact]
    public void Kappa_32767Over65535_HasResearchNoteBits() =>
        (I32F32.FromUInt64(32767) / I32F32.FromUInt64(65535)).Bits.ShouldBe(2147450879L);

    [Theory]
    [InlineData(0x1_8000_0000L, 0x2_0000_0000L)]      // 1.5 → 2
    [InlineData(-0x1_8000_0000L, -0x2_0000_0000L)]    // −1.5 → −2 (ties away from zero)
    [InlineData(0x1_7FFF_FFFFL, 0x1_0000_0000L)]      // 1.4999… → 1
    [InlineData(-0x1_7FFF_FFFFL, -0x1_0000_0000L)]    // −1.4999… → −1
    [InlineData(-0x0_8000_0001L, -0x1_0000_0000L)]    // −0.50…01 → −1
    [InlineData(0x0_8000_0000L, 0x1_0000_0000L)]      // 0.5 → 1
    public void Round_TiesAwayFromZero(long bits, long expected) =>
        I32F32.FromBits(bits).Round().Bits.ShouldBe(expected);

    [Fact]
    public void ToUInt16_WrapsTheIntegerPart()
    {
        I32F32.FromUInt64(65535).ToUInt16().ShouldBe((ushort)65535);
        I32F32.FromUInt64(65536).ToUInt16().ShouldBe((ushort)0);
        I32F32.FromBits(0xFFFF_FFFF).ToUInt16().ShouldBe((ushort)0);
    }

    [Fact]
    public void FromFixed_I64F64_FloorsFraction()
    {
        I32F32.FromFixed(I64F64.FromBits((Int128)1 << 31)).Bits.ShouldBe(0L);
        I32F32.FromFixed(I64F64.FromBits(((Int128)1 << 32) + 5)).Bits.ShouldBe(1L);
        I32F32.FromFixed(I64F64.FromBits(-1)).Bits.ShouldBe(-1L);
    }

    [Fact]
    public void ToString_GivesTenTruncatedDigits()
    {
        (I32F32.One / I32F32.FromUInt64(10)).ToString().ShouldBe("0.0999999998");
        I32F32.FromInt64(-3).ToString().ShouldBe("-3");
    }
}
