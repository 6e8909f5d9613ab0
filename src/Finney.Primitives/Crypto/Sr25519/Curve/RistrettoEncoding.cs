namespace Finney.Primitives.Crypto.Sr25519.Curve;

/// <summary>
/// Ristretto255 encoding and decoding (RFC 9496 §4.3) on edwards25519 points, variable time. Decoding accepts
/// only canonical encodings, so "decodes and equals" is the same test as "encodes to the same bytes".
/// </summary>
internal static class RistrettoEncoding
{
    /// <summary>Decodes 32 bytes; false when they are not the canonical encoding of a group element.</summary>
    internal static bool TryDecode(ReadOnlySpan<byte> encoding, out EdwardsPoint point)
    {
        point = default;
        var s = FieldElement.FromBytes(encoding);
        Span<byte> canonical = stackalloc byte[32];
        s.ToBytes(canonical);
        if (!canonical.SequenceEqual(encoding) || s.IsNegative)
        {
            return false;
        }

        var ss = s.Square();
        var u1 = FieldElement.One - ss;
        var u2 = FieldElement.One + ss;
        var u2Squared = u2.Square();
        var v = -(CurveConstants.D * u1.Square()) - u2Squared;
        var (wasSquare, invSqrt) = SqrtRatioM1(FieldElement.One, v * u2Squared);
        var denX = invSqrt * u2;
        var denY = invSqrt * denX * v;
        var x = Abs((s + s) * denX);
        var y = u1 * denY;
        var t = x * y;
        if (!wasSquare || t.IsNegative || y.IsZero)
        {
            return false;
        }

        point = new EdwardsPoint(x, y, FieldElement.One, t);
        return true;
    }

    /// <summary>Writes the canonical 32-byte encoding of <paramref name="point"/>.</summary>
    internal static void Encode(in EdwardsPoint point, Span<byte> encoding)
    {
        var u1 = (point.Z + point.Y) * (point.Z - point.Y);
        var u2 = point.X * point.Y;
        var (_, invSqrt) = SqrtRatioM1(FieldElement.One, u1 * u2.Square());
        var den1 = invSqrt * u1;
        var den2 = invSqrt * u2;
        var zInverse = den1 * den2 * point.T;

        var x = point.X;
        var y = point.Y;
        var denInverse = den2;
        if ((point.T * zInverse).IsNegative)
        {
            x = point.Y * CurveConstants.SqrtMinusOne;
            y = point.X * CurveConstants.SqrtMinusOne;
            denInverse = den1 * CurveConstants.InvSqrtAMinusD;
        }

        if ((x * zInverse).IsNegative)
        {
            y = -y;
        }

        Abs(denInverse * (point.Z - y)).ToBytes(encoding);
    }

    /// <summary>
    /// (true, +√(u/v)) when u/v is a square; otherwise (false, +√(i·u/v)); (true, 0) for u = 0 and (false, 0) for
    /// v = 0 with u ≠ 0, as RFC 9496 SQRT_RATIO_M1 specifies.
    /// </summary>
    internal static (bool WasSquare, FieldElement Root) SqrtRatioM1(in FieldElement u, in FieldElement v)
    {
        var v3 = v.Square() * v;
        var v7 = v3.Square() * v;
        var r = u * v3 * (u * v7).Pow22523();
        var check = v * r.Square();

        var correctSign = check.ValueEquals(u);
        var minusU = -u;
        var flippedSign = check.ValueEquals(minusU);
        var flippedSignI = check.ValueEquals(minusU * CurveConstants.SqrtMinusOne);
        if (flippedSign || flippedSignI)
        {
            r *= CurveConstants.SqrtMinusOne;
        }

        return (correctSign || flippedSign, Abs(r));
    }

    private static FieldElement Abs(in FieldElement value) => value.IsNegative ? -value : value;
}
