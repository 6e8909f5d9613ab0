namespace Finney.Primitives.Crypto.Sr25519.Curve;

/// <summary>
/// A point on edwards25519 in extended coordinates (X:Y:Z:T) with x = X/Z, y = Y/Z, x·y = T/Z. Additions follow
/// Hisil–Wong–Carter–Dawson (add-2008-hwcd-3) for a = −1.
/// </summary>
internal readonly struct EdwardsPoint(FieldElement x, FieldElement y, FieldElement z, FieldElement t)
{
    internal readonly FieldElement X = x;
    internal readonly FieldElement Y = y;
    internal readonly FieldElement Z = z;
    internal readonly FieldElement T = t;

    internal static EdwardsPoint Identity => new(FieldElement.Zero, FieldElement.One, FieldElement.One, FieldElement.Zero);

    internal EdwardsPoint Negate() => new(-X, Y, Z, -T);

    internal ProjectiveNielsPoint ToProjectiveNiels() => new(Y + X, Y - X, Z, T * CurveConstants.D2);

    internal AffineNielsPoint ToAffineNiels()
    {
        var zInverse = Z.Invert();
        var x = X * zInverse;
        var y = Y * zInverse;
        return new(y + x, y - x, x * y * CurveConstants.D2);
    }

    internal ProjectivePoint ToProjective() => new(X, Y, Z);

    internal CompletedPoint Double() => ToProjective().Double();

    internal CompletedPoint Add(in ProjectiveNielsPoint other)
    {
        var yPlusX = Y + X;
        var yMinusX = Y - X;
        var pp = yPlusX * other.YPlusX;
        var mm = yMinusX * other.YMinusX;
        var tt2d = T * other.T2d;
        var zz = Z * other.Z;
        var zz2 = zz + zz;
        return new(pp - mm, pp + mm, zz2 + tt2d, zz2 - tt2d);
    }

    internal CompletedPoint Subtract(in ProjectiveNielsPoint other)
    {
        var yPlusX = Y + X;
        var yMinusX = Y - X;
        var pm = yPlusX * other.YMinusX;
        var mp = yMinusX * other.YPlusX;
        var tt2d = T * other.T2d;
        var zz = Z * other.Z;
        var zz2 = zz + zz;
        return new(pm - mp, pm + mp, zz2 - tt2d, zz2 + tt2d);
    }

    internal CompletedPoint Add(in AffineNielsPoint other)
    {
        var yPlusX = Y + X;
        var yMinusX = Y - X;
        var pp = yPlusX * other.YPlusX;
        var mm = yMinusX * other.YMinusX;
        var txy2d = T * other.Xy2d;
        var z2 = Z + Z;
        return new(pp - mm, pp + mm, z2 + txy2d, z2 - txy2d);
    }

    internal CompletedPoint Subtract(in AffineNielsPoint other)
    {
        var yPlusX = Y + X;
        var yMinusX = Y - X;
        var pm = yPlusX * other.YMinusX;
        var mp = yMinusX * other.YPlusX;
        var txy2d = T * other.Xy2d;
        var z2 = Z + Z;
        return new(pm - mp, pm + mp, z2 - txy2d, z2 + txy2d);
    }
}
