namespace Finney.Primitives.Crypto.Sr25519.Curve;

/// <summary>A point in projective coordinates (X:Y:Z), the cheapest form to double.</summary>
internal readonly struct ProjectivePoint(FieldElement x, FieldElement y, FieldElement z)
{
    private readonly FieldElement _x = x, _y = y, _z = z;

    internal static ProjectivePoint Identity => new(FieldElement.Zero, FieldElement.One, FieldElement.One);

    internal ProjectivePoint DoubleToProjective() => Double().ToProjective();

    /// <summary>2·this (dbl-2008-hwcd for a = −1).</summary>
    internal CompletedPoint Double()
    {
        var xx = _x.Square();
        var yy = _y.Square();
        var zz = _z.Square();
        var xPlusYSquared = (_x + _y).Square();
        var yyPlusXx = yy + xx;
        var yyMinusXx = yy - xx;
        return new(xPlusYSquared - yyPlusXx, yyPlusXx, yyMinusXx, zz + zz - yyMinusXx);
    }

    internal EdwardsPoint ToExtended() => new(_x * _z, _y * _z, _z.Square(), _x * _y);
}
