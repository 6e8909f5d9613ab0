namespace Finney.Primitives.Crypto.Sr25519;

/// <summary>Operations on 32-byte sr25519 public keys (compressed Ristretto points; the account id).</summary>
public static class Sr25519PublicKey
{
    /// <summary>Public key size.</summary>
    public const int Length = 32;

    /// <summary>
    /// Soft-derives a public key (<c>/junction</c>): A' = A + t·B with t the "HDKD-scalar" challenge over the chain
    /// code and A. Equals the public key of <see cref="Sr25519Keypair.SoftDerive(ReadOnlySpan{byte})"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The public key is not a valid point, or the chain code is not 32 bytes.</exception>
    public static byte[] SoftDerive(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> chainCode)
    {
        if (!Ristretto255.IsValidPoint(publicKey))
        {
            throw new ArgumentException("The public key is not a valid Ristretto point encoding.", nameof(publicKey));
        }

        Sr25519Keypair.RequireChainCode(chainCode);
        Span<byte> t = stackalloc byte[Scalar25519.Length];
        using (var transcript = SchnorrkelTranscripts.Derivation(chainCode))
        {
            SchnorrkelTranscripts.DeriveScalar(transcript, publicKey, t);
        }

        Span<byte> tb = stackalloc byte[Ristretto255.Length];
        Ristretto255.MultiplyBase(t, tb);
        var derived = new byte[Length];
        var added = Ristretto255.Add(publicKey, tb, derived);
        System.Diagnostics.Debug.Assert(added, "both points were validated or computed");
        return derived;
    }
}
