namespace Finney.Primitives.Crypto.Sr25519.Curve;

/// <summary>A point in "completed" coordinates ((X:Z), (Y:T)), the output of additions and doublings.</summary>
internal readonly struct CompletedPoint(FieldElement x, FieldElement y, FieldElement z, FieldElement t)
{
    private readonly FieldElement _x = x, _y = y, _z = z, _t = t;

    internal ProjectivePoint ToProjective() => new(_x * _t, _y * _z, _z * _t);

    internal EdwardsPoint ToExtended() => new(_x * _t, _y * _z, _z * _t, _x * _y);
}
