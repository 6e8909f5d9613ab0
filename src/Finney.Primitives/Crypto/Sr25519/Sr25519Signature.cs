namespace Finney.Primitives.Crypto.Sr25519;

/// <summary>
/// sr25519 signatures as Substrate uses them: schnorrkel Schnorr signatures over Ristretto255 with Merlin
/// transcripts, the signing context "substrate" and the marker bit in the last byte. Verification needs no
/// secrets; signing is on <see cref="Sr25519Keypair"/>.
/// </summary>
public static class Sr25519Signature
{
    /// <summary>Signature size: R (32 bytes) ‖ s (32 bytes, little-endian, top bit = schnorrkel marker).</summary>
    public const int Length = 64;

    /// <summary>The signing context Substrate uses for every sr25519 signature: <c>"substrate"</c>.</summary>
    public static ReadOnlySpan<byte> SubstrateContext => "substrate"u8;

    /// <summary>Verifies a signature made in the <c>"substrate"</c> signing context.</summary>
    /// <returns>True only for a valid signature; false for any malformed input, wrong lengths included.</returns>
    public static bool Verify(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature) =>
        Verify(publicKey, message, signature, SubstrateContext);

    /// <summary>Verifies a signature made in <paramref name="context"/>.</summary>
    /// <remarks>
    /// Requires the schnorrkel marker bit and a canonical s, then checks that s·B − k·A encodes to R, where k is the
    /// "sign:c" challenge of the rebuilt transcript. Unlike schnorrkel, the identity public key (32 zero bytes) is
    /// rejected: s·B = R holds for it with s = r, so anyone could sign for that account.
    /// </remarks>
    /// <returns>True only for a valid signature; false for any malformed input, wrong lengths included.</returns>
    public static bool Verify(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature, ReadOnlySpan<byte> context)
    {
        if (publicKey.Length != Sr25519PublicKey.Length || signature.Length != Length || (signature[63] & 0x80) == 0)
        {
            return false;
        }

        Span<byte> s = stackalloc byte[Scalar25519.Length];
        signature[32..].CopyTo(s);
        s[31] &= 0x7f;
        if (!Scalar25519.IsCanonical(s) || Ristretto255.IsIdentity(publicKey))
        {
            return false;
        }

        var r = signature[..32];
        Span<byte> k = stackalloc byte[Scalar25519.Length];
        using (var transcript = SchnorrkelTranscripts.Signing(context, message))
        {
            transcript.AppendMessage("proto-name"u8, "Schnorr-sig"u8);
            transcript.AppendMessage("sign:pk"u8, publicKey);
            transcript.AppendMessage("sign:R"u8, r);
            SchnorrkelTranscripts.ChallengeScalar(transcript, "sign:c"u8, k);
        }

        return SignatureEquation.Holds(publicKey, k, s, r);
    }
}
