using Finney.Primitives.Accounts;
using Finney.Primitives.Crypto.Ecdsa;
using Finney.Primitives.Keys;

namespace Finney.Cli.Keys;

/// <summary>Turns the URIs users type into keys, with messages that say what was wrong.</summary>
internal static class KeyUris
{
    /// <summary>Public key length of a scheme: 33 for compressed ecdsa, otherwise 32.</summary>
    public static int PublicKeyLength(KeyScheme scheme) => scheme == KeyScheme.Ecdsa ? EcdsaKeypair.PublicKeyLength : 32;

    /// <summary>The account a public key controls.</summary>
    public static AccountId32 AccountOf(ReadOnlySpan<byte> publicKey, KeyScheme scheme) =>
        scheme == KeyScheme.Ecdsa ? EcdsaKeypair.AccountOf(publicKey) : new AccountId32(publicKey);

    /// <summary>True when the URI starts with a valid SS58 address (before any '/').</summary>
    public static bool IsPublicUri(string uri)
    {
        var slash = uri.IndexOf('/', StringComparison.Ordinal);
        var head = slash < 0 ? uri : uri[..slash];
        return head.Length > 0 && Ss58.TryDecode(head, out _, out _);
    }

    /// <summary>The public key an SS58 URI names, after its soft junctions (sr25519 only), with the address's prefix.</summary>
    public static (byte[] PublicKey, ushort Prefix) ResolvePublic(string uri, KeyScheme scheme)
    {
        var slash = uri.IndexOf('/', StringComparison.Ordinal);
        var head = slash < 0 ? uri : uri[..slash];
        var publicKey = Ss58.Decode(head, out var prefix);
        if (publicKey.Length != PublicKeyLength(scheme))
        {
            throw new CliException($"'{head}' holds a {publicKey.Length}-byte key; {scheme.ToString().ToLowerInvariant()} public keys are {PublicKeyLength(scheme)} bytes (try --scheme).");
        }

        foreach (var junction in SecretUri.ParsePath(slash < 0 ? string.Empty : uri[slash..]))
        {
            if (junction.IsHard)
            {
                throw new CliException("A public key can only be derived along soft junctions (/name), not hard ones (//name).");
            }

            if (scheme != KeyScheme.Sr25519)
            {
                throw new CliException($"{scheme.ToString().ToLowerInvariant()} has no soft derivation; only sr25519 public keys can be derived.");
            }

            publicKey = Sr25519Pair.SoftDerivePublic(publicKey, junction.ChainCode);
        }

        return (publicKey, prefix);
    }

    /// <summary>Parses a secret URI, rephrasing format errors for the command line.</summary>
    public static SecretUri ParseSecret(string uri)
    {
        try
        {
            return SecretUri.Parse(uri);
        }
        catch (FormatException e)
        {
            throw new CliException($"Invalid secret URI: {e.Message}", e);
        }
    }

    /// <summary>Builds the key of a parsed URI; bad phrases, seeds and paths become <see cref="CliException"/>.</summary>
    public static IKeyPair Build(SecretUri uri, KeyScheme scheme, string? password)
    {
        try
        {
            return KeyPairs.FromSecretUri(uri, scheme, password);
        }
        catch (Exception e) when (e is FormatException or NotSupportedException or ArgumentException)
        {
            throw new CliException($"Invalid secret URI: {e.Message}", e);
        }
    }
}
