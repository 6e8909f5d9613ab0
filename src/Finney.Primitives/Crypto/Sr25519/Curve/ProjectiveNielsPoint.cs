namespace Finney.Primitives.Crypto.Sr25519.Curve;

/// <summary>A precomputed addend (Y + X, Y − X, Z, 2d·T) for additions with a projective Z.</summary>
internal readonly struct ProjectiveNielsPoint(FieldElement yPlusX, FieldElement yMinusX, FieldElement z, FieldElement t2d)
{
    internal readonly FieldElement YPlusX = yPlusX;
    internal readonly FieldElement YMinusX = yMinusX;
    internal readonly FieldElement Z = z;
    internal readonly FieldElement T2d = t2d;
}
