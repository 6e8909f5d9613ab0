using System.Numerics;
using FsCheck.Xunit;
using Finney.Primitives.FixedPoint;

namespace Finney.Primitives.Tests.FixedPoint;

public class Wide128Tests
{
    private static Int128 Make(long hi, ulong lo) => ((Int128)hi << 64) | lo;

    [Property(MaxTest = 1000)]
    public void I64F64_Multiply_MatchesReference(long ah, ulong al, long bh, ulong bl)
    {
        Int128 a = Make(ah, al), b = Make(bh, bl);
        ((BigInteger)(I64F64.FromBits(a) * I64F64.FromBits(b)).Bits).ShouldBe(FixedReference.Multiply((BigInteger)a, (BigInteger)b, 64, 128));
    }

    [Property(MaxTest = 1000)]
    public void I64F64_Divide_MatchesReference(long ah, ulong al, long bh, ulong bl)
    {
        Int128 a = Make(ah, al), b = Make(bh, bl);
        if (b == 0)
        {
            return;
        }

        ((BigInteger)(I64F64.FromBits(a) / I64F64.FromBits(b)).Bits).ShouldBe(FixedReference.Divide((BigInteger)a, (BigInteger)b, 64, 128));
    }

    [Property(MaxTest = 1000)]
    public void I64F64_DivideSmallDivisors_MatchesReference(long ah, ulong al, long b)
    {
        Int128 a = Make(ah, al);
        if (b == 0)
        {
            return;
        }

        ((BigInteger)(I64F64.FromBits(a) / I64F64.FromBits(b)).Bits).ShouldBe(FixedReference.Divide((BigInteger)a, b, 64, 128));
    }

    [Property(MaxTest = 1000)]
    public void I96F32_MultiplyAndDivide_MatchReference(long ah, ulong al, long bh, ulong bl)
    {
        Int128 a = Make(ah, al), b = Make(bh, bl);
        ((BigInteger)(I96F32.FromBits(a) * I96F32.FromBits(b)).Bits).ShouldBe(FixedReference.Multiply((BigInteger)a, (BigInteger)b, 32, 128));
        if (b != 0)
        {
            ((BigInteger)(I96F32.FromBits(a) / I96F32.FromBits(b)).Bits).ShouldBe(FixedReference.Divide((BigInteger)a, (BigInteger)b, 32, 128));
        }
    }

    [Property(MaxTest = 1000)]
    public void I110F18_MultiplyAndDivide_MatchReference(long ah, ulong al, long bh, ulong bl)
    {
        Int128 a = Make(ah, al), b = Make(bh, bl);
        ((BigInteger)(I110F18.FromBits(a) * I110F18.FromBits(b)).Bits).ShouldBe(FixedReference.Multiply((BigInteger)a, (BigInteger)b, 18, 128));
        if (b != 0)
        {
            ((BigInteger)(I110F18.FromBits(a) / I110F18.FromBits(b)).Bits).ShouldBe(FixedReference.Divide((BigInteger)a, (BigInteger)b, 18, 128));
        }
    }

    [Property(MaxTest = 500)]
    public void I96F32_SmallOperands_UseExactProduct(long a, long b) =>
        ((BigInteger)(I96F32.FromBits(a) * I96F32.FromBits(b)).Bits).ShouldBe(FixedReference.Multiply(a, b, 32, 128));

    [Fact]
    public void I64F64_FromUInt64_WrapsAboveInt64() =>
        I64F64.FromUInt64(ulong.MaxValue).Bits.ShouldBe(-((Int128)1 << 64));

    [Fact]
    public void BondsMovingAverage_900000_GivesResearchNoteAlpha()
    {
        var average = I64F64.FromUInt64(900_000) / I64F64.FromUInt64(1_000_000);
        I32F32.FromFixed(average).Bits.ShouldBe(3865470566L);
        (I32F32.One - I32F32.FromFixed(average)).Bits.ShouldBe(429496730L);
    }

    [Fact]
    public void I96F32_EmissionProduct_ConvertsToRao()
    {
        var share = I96F32.FromFixed(I32F32.One / I32F32.FromUInt64(10));
        (share * I96F32.FromUInt64(1_000_000_000)).ToUInt64().ShouldBe(99_999_999UL);
        I96F32.FromUInt64(ulong.MaxValue).ToUInt64().ShouldBe(ulong.MaxValue);
    }

    [Fact]
    public void I110F18_FromFixed_FloorsFourteenBits() =>
        I110F18.FromFixed(I32F32.FromBits((1L << 14) + 3)).Bits.ShouldBe((Int128)1);

    [Fact]
    public void Divide_ByZero_Throws() =>
        Should.Throw<DivideByZeroException>(() => I64F64.One / I64F64.Zero);
}
