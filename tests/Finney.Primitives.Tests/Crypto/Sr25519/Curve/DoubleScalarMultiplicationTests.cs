using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Finney.Primitives.Crypto.Sr25519;
using Finney.Primitives.Crypto.Sr25519.Curve;

namespace Finney.Primitives.Tests.Crypto.Sr25519.Curve;

public class DoubleScalarMultiplicationTests
{
    // a·A + b·B computed in variable time must equal libsodium's constant-time scalar multiplications.
    [Property(MaxTest = 100)]
    public Property Compute_RandomScalarsAndPoint_MatchesLibsodium(byte[] seedA, byte[] seedB, byte[] seedPoint)
    {
        var a = Scalar(seedA);
        var b = Scalar(seedB);
        var pointEncoding = new byte[32];
        Ristretto255.MultiplyBase(Scalar(seedPoint), pointEncoding);
        return (Ours(a, pointEncoding, b).AsSpan().SequenceEqual(Sodium(a, pointEncoding, b))).ToProperty();
    }

    [Theory]
    [InlineData("zero", "zero")]
    [InlineData("one", "zero")]
    [InlineData("zero", "one")]
    [InlineData("order-1", "order-1")]
    [InlineData("order-1", "one")]
    [InlineData("high-digits", "high-digits")]
    public void Compute_EdgeScalars_MatchesLibsodium(string aName, string bName)
    {
        var pointEncoding = new byte[32];
        Ristretto255.MultiplyBase(Scalar([42]), pointEncoding);
        var a = Named(aName);
        var b = Named(bName);
        Ours(a, pointEncoding, b).ShouldBe(Sodium(a, pointEncoding, b));
    }

    [Fact]
    public void Compute_IdentityPoint_GivesOnlyTheBaseTerm()
    {
        var b = Scalar([7]);
        var expected = new byte[32];
        Ristretto255.MultiplyBase(b, expected);
        Ours(Scalar([9]), new byte[32], b).ShouldBe(expected);
    }

    private static byte[] Ours(byte[] a, byte[] pointEncoding, byte[] b)
    {
        RistrettoEncoding.TryDecode(pointEncoding, out var point).ShouldBeTrue();
        var encoded = new byte[32];
        RistrettoEncoding.Encode(DoubleScalarMultiplication.Compute(a, point, b), encoded);
        return encoded;
    }

    private static byte[] Sodium(byte[] a, byte[] pointEncoding, byte[] b)
    {
        var aA = new byte[32];
        var bB = new byte[32];
        var sum = new byte[32];
        Ristretto255.Multiply(a, pointEncoding, aA).ShouldBeTrue();
        Ristretto255.MultiplyBase(b, bB);
        Ristretto255.Add(aA, bB, sum).ShouldBeTrue();
        return sum;
    }

    private static byte[] Scalar(byte[] seed)
    {
        var scalar = new byte[32];
        Scalar25519.ReduceWide(System.Security.Cryptography.SHA512.HashData(seed), scalar);
        return scalar;
    }

    private static byte[] Named(string name)
    {
        var scalar = new byte[32];
        switch (name)
        {
            case "one":
                scalar[0] = 1;
                break;
            case "order-1":
                Scalar25519.Order.CopyTo(scalar);
                scalar[0] -= 1;
                break;
            case "high-digits":
                // Every window of the NAF is ±(2^(w−1) − 1)-ish and the top bits are set.
                scalar.AsSpan().Fill(0x77);
                scalar[31] = 0x0f;
                break;
        }

        return scalar;
    }
}
