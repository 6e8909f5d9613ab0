using System.Security.Cryptography;
using Finney.Primitives.Crypto.Ecdsa;
using Finney.Primitives.Crypto.Ed25519;

namespace Finney.Primitives.Keys;

/// <summary>Builds keys from secret URIs, phrases and seeds, the way sp-core's <c>Pair::from_string</c> does.</summary>
public static class KeyPairs
{
    /// <summary>
    /// The key a secret URI describes: the phrase (or 0x seed) gives the root key, then each junction is
    /// applied in order. <paramref name="passwordOverride"/>, when given, replaces the URI's ///password;
    /// passwords apply to mnemonic phrases only, not to hex seeds.
    /// </summary>
    /// <exception cref="FormatException">The URI, phrase or seed is malformed.</exception>
    /// <exception cref="NotSupportedException">A soft junction on ed25519 or ecdsa.</exception>
    public static IKeyPair FromUri(string uri, KeyScheme scheme, string? passwordOverride = null) =>
        FromSecretUri(SecretUri.Parse(uri), scheme, passwordOverride);

    /// <summary>The key of an already parsed secret URI (see <see cref="FromUri"/>).</summary>
    public static IKeyPair FromSecretUri(SecretUri uri, KeyScheme scheme, string? passwordOverride = null)
    {
        var seed = RootSeed(uri, passwordOverride ?? uri.Password);
        IKeyPair key;
        try
        {
            key = FromSeed(seed, scheme);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(seed);
        }

        foreach (var junction in uri.Junctions)
        {
            var child = key.Derive(junction);
            key.Dispose();
            key = child;
        }

        return key;
    }

    /// <summary>The root key of a 32-byte seed: an sr25519 mini secret, or an ed25519/ecdsa seed.</summary>
    public static IKeyPair FromSeed(ReadOnlySpan<byte> seed, KeyScheme scheme) => scheme switch
    {
        KeyScheme.Sr25519 => Sr25519Pair.FromMiniSecret(seed),
        KeyScheme.Ed25519 => Ed25519Keypair.FromSeed(seed),
        KeyScheme.Ecdsa => EcdsaKeypair.FromSeed(seed),
        _ => throw new ArgumentOutOfRangeException(nameof(scheme), scheme, "Unknown key scheme."),
    };

    private static byte[] RootSeed(SecretUri uri, string? password)
    {
        if (!uri.IsHexSeed)
        {
            return Mnemonic.ToMiniSecret(uri.Phrase, password ?? string.Empty);
        }

        if (!Encoding.Hex.TryDecode(uri.Phrase, out var seed) || seed.Length != 32)
        {
            throw new FormatException("A hex seed must be 0x followed by 64 hex digits (32 bytes).");
        }

        return seed;
    }
}
