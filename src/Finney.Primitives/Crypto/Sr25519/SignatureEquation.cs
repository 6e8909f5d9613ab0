namespace Finney.Primitives.Crypto.Sr25519;

/// <summary>The verification equation R = s·B − k·A, on public data only.</summary>
internal static class SignatureEquation
{
    /// <summary>True when s·B − k·A encodes to exactly the bytes <paramref name="r"/>.</summary>
    internal static bool Holds(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> k, ReadOnlySpan<byte> s, ReadOnlySpan<byte> r)
    {
        Span<byte> sb = stackalloc byte[Ristretto255.Length];
        Span<byte> ka = stackalloc byte[Ristretto255.Length];
        Span<byte> computed = stackalloc byte[Ristretto255.Length];
        Ristretto255.MultiplyBase(s, sb);
        return Ristretto255.Multiply(k, publicKey, ka)
            && Ristretto255.Subtract(sb, ka, computed)
            && computed.SequenceEqual(r);
    }
}
