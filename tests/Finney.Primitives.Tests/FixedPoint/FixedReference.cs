using System.Numerics;

namespace Finney.Primitives.Tests.FixedPoint;

/// <summary>Big-integer model of substrate-fixed's wrapping release-build arithmetic, to test against.</summary>
internal static class FixedReference
{
    public static BigInteger Wrap(BigInteger value, int bits)
    {
        var modulus = BigInteger.One << bits;
        var reduced = ((value % modulus) + modulus) % modulus;
        return reduced >= modulus >> 1 ? reduced - modulus : reduced;
    }

    public static BigInteger FloorShift(BigInteger value, int shift) =>
        value >= 0 ? value >> shift : -((-value + (BigInteger.One << shift) - 1) >> shift);

    public static BigInteger Multiply(BigInteger a, BigInteger b, int fractionBits, int totalBits) =>
        Wrap(FloorShift(a * b, fractionBits), totalBits);

    // BigInteger division truncates toward zero, as Rust's does.
    public static BigInteger Divide(BigInteger a, BigInteger b, int fractionBits, int totalBits) =>
        Wrap((a << fractionBits) / b, totalBits);
}
