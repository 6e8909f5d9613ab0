using System.Security.Cryptography;
using Finney.Primitives.Crypto.Merlin;

namespace Finney.Primitives.Crypto.Sr25519;

/// <summary>The Merlin transcripts schnorrkel builds for signing and for key derivation, and its scalar helpers.</summary>
internal static class SchnorrkelTranscripts
{
    /// <summary>
    /// schnorrkel's <c>signing_context(context).bytes(message)</c>: transcript "SigningContext", the context under an
    /// empty label, then the message under "sign-bytes".
    /// </summary>
    internal static Transcript Signing(ReadOnlySpan<byte> context, ReadOnlySpan<byte> message)
    {
        var transcript = new Transcript("SigningContext"u8);
        transcript.AppendMessage([], context);
        transcript.AppendMessage("sign-bytes"u8, message);
        return transcript;
    }

    /// <summary>
    /// The HDKD transcript of <c>derived_key_simple(cc, [])</c> and <c>hard_derive_mini_secret_key(Some(cc), [])</c>
    /// as Substrate calls them: "SchnorrRistrettoHDKD", an empty "sign-bytes", then "chain-code".
    /// </summary>
    internal static Transcript Derivation(ReadOnlySpan<byte> chainCode)
    {
        var transcript = new Transcript("SchnorrRistrettoHDKD"u8);
        transcript.AppendMessage("sign-bytes"u8, []);
        transcript.AppendMessage("chain-code"u8, chainCode);
        return transcript;
    }

    /// <summary>A 64-byte challenge under <paramref name="label"/>, reduced mod ℓ into <paramref name="scalar"/>.</summary>
    internal static void ChallengeScalar(Transcript transcript, ReadOnlySpan<byte> label, Span<byte> scalar)
    {
        Span<byte> wide = stackalloc byte[Scalar25519.WideLength];
        transcript.ChallengeBytes(label, wide);
        Scalar25519.ReduceWide(wide, scalar);
        CryptographicOperations.ZeroMemory(wide);
    }

    /// <summary>
    /// The soft-derivation step shared by secret and public keys: append "public-key" after the chain code, take
    /// the "HDKD-scalar" challenge into <paramref name="scalar"/> and the "HDKD-chaincode" challenge (Substrate
    /// discards the new chain code, but taking it advances the transcript exactly as schnorrkel does).
    /// </summary>
    internal static void DeriveScalar(Transcript transcript, ReadOnlySpan<byte> publicKey, Span<byte> scalar)
    {
        transcript.AppendMessage("public-key"u8, publicKey);
        ChallengeScalar(transcript, "HDKD-scalar"u8, scalar);
        Span<byte> chainCode = stackalloc byte[Sr25519Keypair.ChainCodeLength];
        transcript.ChallengeBytes("HDKD-chaincode"u8, chainCode);
    }
}
