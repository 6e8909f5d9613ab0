using Finney.Primitives.Crypto.Ecdsa;
using Finney.Primitives.Crypto.Ed25519;

namespace Finney.Primitives.Keys;

/// <summary>Signature verification for any of the three schemes, as a MultiSignature is checked.</summary>
public static class Signatures
{
    /// <summary>
    /// True when <paramref name="signature"/> is <paramref name="publicKey"/>'s signature of
    /// <paramref name="message"/> under <paramref name="scheme"/>. Malformed input gives false, never an exception.
    /// </summary>
    public static bool Verify(KeyScheme scheme, ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature) => scheme switch
    {
        KeyScheme.Sr25519 => Sr25519Pair.Verify(publicKey, message, signature),
        KeyScheme.Ed25519 => Ed25519Keypair.Verify(publicKey, message, signature),
        KeyScheme.Ecdsa => EcdsaKeypair.Verify(publicKey, message, signature),
        _ => false,
    };
}
