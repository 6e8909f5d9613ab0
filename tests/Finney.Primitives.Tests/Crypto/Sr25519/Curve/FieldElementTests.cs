using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Finney.Primitives.Crypto.Sr25519.Curve;

namespace Finney.Primitives.Tests.Crypto.Sr25519.Curve;

public class FieldElementTests
{
    private static readonly BigInteger P = CurveConstants.P;

    [Property(MaxTest = 300)]
    public Property Multiply_RandomLazySums_MatchesBigInteger(byte[] seedA, byte[] seedB) =>
        Check(seedA, seedB, (a, b) => a * b, (x, y) => x * y);

    [Property(MaxTest = 300)]
    public Property Square_RandomLazySums_MatchesBigInteger(byte[] seed) =>
        Check(seed, seed, (a, _) => a.Square(), (x, _) => x * x);

    [Property(MaxTest = 300)]
    public Property Subtract_RandomLazySums_MatchesBigInteger(byte[] seedA, byte[] seedB) =>
        Check(seedA, seedB, (a, b) => a - b, (x, y) => x - y);

    [Property(MaxTest = 100)]
    public Property Invert_NonZero_GivesMultiplicativeInverse(byte[] seed)
    {
        var (element, value) = Element(seed);
        if (value % P == 0)
        {
            return true.ToProperty();
        }

        return (element * element.Invert()).ValueEquals(FieldElement.One).ToProperty();
    }

    [Fact]
    public void ToBytes_ValuesAtAndAboveP_AreReducedCanonically()
    {
        foreach (var value in new[] { P - 1, P, P + 1, P + 18, BigInteger.Pow(2, 255) - 1 })
        {
            var bytes = new byte[32];
            FieldElement.FromBytes(ToBytes(value)).ToBytes(bytes);
            new BigInteger(bytes, isUnsigned: true).ShouldBe(value % P);
        }
    }

    [Fact]
    public void FromBytes_TopBitSet_IsIgnored()
    {
        var bytes = ToBytes(12345);
        bytes[31] |= 0x80;
        FieldElement.FromBytes(bytes).ValueEquals(FieldElement.FromBytes(ToBytes(12345))).ShouldBeTrue();
    }

    [Fact]
    public void SqrtMinusOne_Squared_IsMinusOne() =>
        CurveConstants.SqrtMinusOne.Square().ValueEquals(-FieldElement.One).ShouldBeTrue();

    [Fact]
    public void D_TimesMinus121666_Is121665() =>
        (CurveConstants.D * Small(121666)).ValueEquals(-Small(121665)).ShouldBeTrue();

    // InvSqrtAMinusD² · (a − d) = 1 with a = −1.
    [Fact]
    public void InvSqrtAMinusD_SquaredTimesAMinusD_IsOne() =>
        (CurveConstants.InvSqrtAMinusD.Square() * (-FieldElement.One - CurveConstants.D)).ValueEquals(FieldElement.One).ShouldBeTrue();

    [Fact]
    public void SqrtRatio_SquareAndNonSquare_FollowRfc9496()
    {
        var (wasSquare, root) = RistrettoEncoding.SqrtRatioM1(Small(4), FieldElement.One);
        wasSquare.ShouldBeTrue();
        root.ValueEquals(Small(2)).ShouldBeTrue();

        // 2 is not a square mod p, so the result is √(i·2) with a false flag.
        var (twoIsSquare, iRoot) = RistrettoEncoding.SqrtRatioM1(Small(2), FieldElement.One);
        twoIsSquare.ShouldBeFalse();
        iRoot.Square().ValueEquals(Small(2) * CurveConstants.SqrtMinusOne).ShouldBeTrue();

        RistrettoEncoding.SqrtRatioM1(FieldElement.Zero, Small(5)).WasSquare.ShouldBeTrue();
        RistrettoEncoding.SqrtRatioM1(Small(5), FieldElement.Zero).WasSquare.ShouldBeFalse();
    }

    private static Property Check(byte[] seedA, byte[] seedB, Func<FieldElement, FieldElement, FieldElement> op, Func<BigInteger, BigInteger, BigInteger> expected)
    {
        var (a, x) = Element(seedA);
        var (b, y) = Element(seedB);
        var bytes = new byte[32];
        op(a, b).ToBytes(bytes);
        var want = (expected(x, y) % P + P) % P;
        return (new BigInteger(bytes, isUnsigned: true) == want).ToProperty();
    }

    // A value below 2^255 plus itself: limbs up to ~2^52, the largest lazy sums the point formulas feed in.
    private static (FieldElement Element, BigInteger Value) Element(byte[] seed)
    {
        var bytes = new byte[32];
        System.Security.Cryptography.SHA256.HashData(seed, bytes);
        bytes[31] &= 0x7f;
        var half = FieldElement.FromBytes(bytes);
        var value = new BigInteger(bytes, isUnsigned: true);
        return (half + half, 2 * value);
    }

    private static FieldElement Small(int value) => FieldElement.FromBytes(ToBytes(value));

    private static byte[] ToBytes(BigInteger value)
    {
        var bytes = new byte[32];
        value.ToByteArray(isUnsigned: true).CopyTo(bytes, 0);
        return bytes;
    }
}
