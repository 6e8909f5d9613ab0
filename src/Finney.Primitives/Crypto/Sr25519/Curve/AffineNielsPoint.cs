namespace Finney.Primitives.Crypto.Sr25519.Curve;

/// <summary>A precomputed affine addend (y + x, y − x, 2d·x·y), one multiplication cheaper than the projective form.</summary>
internal readonly struct AffineNielsPoint(FieldElement yPlusX, FieldElement yMinusX, FieldElement xy2d)
{
    internal readonly FieldElement YPlusX = yPlusX;
    internal readonly FieldElement YMinusX = yMinusX;
    internal readonly FieldElement Xy2d = xy2d;
}
