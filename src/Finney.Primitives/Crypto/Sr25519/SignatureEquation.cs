using Finney.Primitives.Crypto.Sr25519.Curve;

namespace Finney.Primitives.Crypto.Sr25519;

/// <summary>
/// The verification equation R = s·B − k·A. Everything here is public (key, signature, challenge), so it runs in
/// variable time: one Straus double-scalar multiplication instead of two constant-time ones, about twice as fast.
/// </summary>
internal static class SignatureEquation
{
    /// <summary>True when <paramref name="publicKey"/> decodes and s·B − k·A encodes to exactly the bytes <paramref name="r"/>.</summary>
    internal static bool Holds(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> k, ReadOnlySpan<byte> s, ReadOnlySpan<byte> r)
    {
        if (!RistrettoEncoding.TryDecode(publicKey, out var a))
        {
            return false;
        }

        var computed = DoubleScalarMultiplication.Compute(k, a.Negate(), s);
        Span<byte> encoded = stackalloc byte[Ristretto255.Length];
        RistrettoEncoding.Encode(computed, encoded);
        return encoded.SequenceEqual(r);
    }
}
