using System.Security.Cryptography;
using Finney.Primitives.Accounts;
using Finney.Primitives.Crypto.Sr25519;
using Finney.Primitives.Keys;

namespace Finney.Sdk.Wallets;

/// <summary>
/// A wallet's sr25519 key as keyfiles hold it: the secret with what it came from (mnemonic, 32-byte seed),
/// or only the public half (<c>coldkeypub.txt</c>). Dispose to wipe the secret.
/// </summary>
public sealed class WalletKey : IDisposable
{
    private readonly Sr25519Pair? _pair;
    private readonly byte[]? _seed;

    private WalletKey(AccountId32 accountId, Sr25519Pair? pair, string? mnemonic, byte[]? seed)
    {
        AccountId = accountId;
        _pair = pair;
        Mnemonic = mnemonic;
        _seed = seed;
    }

    /// <summary>The account id: the 32-byte public key.</summary>
    public AccountId32 AccountId { get; }

    /// <summary>The SS58 address under Bittensor's prefix 42.</summary>
    public string Ss58Address => AccountId.ToSs58();

    /// <summary>True when the key can sign (false for a public-only key).</summary>
    public bool HasSecret => _pair is not null;

    /// <summary>The BIP-39 phrase the key came from, when known.</summary>
    public string? Mnemonic { get; }

    /// <summary>True when the 32-byte mini secret is known (keys from a mnemonic, a seed or a hard-derived URI).</summary>
    public bool HasSeed => _seed is not null;

    /// <summary>A new key from a fresh mnemonic of <paramref name="words"/> words.</summary>
    /// <exception cref="ArgumentException">The word count is not 12, 15, 18, 21 or 24.</exception>
    public static WalletKey Generate(int words = 12) => FromMnemonic(Primitives.Keys.Mnemonic.Generate(words));

    /// <summary>The key of a BIP-39 phrase (substrate-bip39 seed, no password), as btcli's regen-coldkey --mnemonic.</summary>
    /// <exception cref="FormatException">A word is unknown, the count is wrong or the checksum fails.</exception>
    public static WalletKey FromMnemonic(string phrase)
    {
        var normalized = string.Join(' ', phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        var seed = Primitives.Keys.Mnemonic.ToMiniSecret(normalized);
        var pair = Sr25519Pair.FromMiniSecret(seed);
        return new WalletKey(pair.AccountId, pair, normalized, seed);
    }

    /// <summary>The key of a 32-byte mini secret, or of a 64-byte schnorrkel secret (as sp-core's from_seed_slice).</summary>
    /// <exception cref="FormatException">Not 32 or 64 bytes, or not a valid secret.</exception>
    public static WalletKey FromSeed(ReadOnlySpan<byte> seed)
    {
        if (seed.Length == Sr25519SecretKey.Length)
        {
            return FromPrivateKey(seed);
        }

        if (seed.Length != Sr25519Keypair.MiniSecretLength)
        {
            throw new FormatException($"A seed is 32 bytes (or a 64-byte secret key), not {seed.Length}.");
        }

        var pair = Sr25519Pair.FromMiniSecret(seed);
        return new WalletKey(pair.AccountId, pair, null, seed.ToArray());
    }

    /// <summary>
    /// The key of a secret URI (<c>//Alice</c>, <c>phrase//hard/soft///password</c>, <c>0xseed</c>). A bare phrase
    /// keeps its mnemonic; a derived key keeps only its secret (and its mini secret after a hard junction).
    /// </summary>
    /// <exception cref="FormatException">The URI is malformed.</exception>
    public static WalletKey FromUri(string uri)
    {
        if (Primitives.Keys.Mnemonic.IsValid(uri.Trim()))
        {
            return FromMnemonic(uri);
        }

        var pair = (Sr25519Pair)KeyPairs.FromUri(uri, KeyScheme.Sr25519);
        return new WalletKey(pair.AccountId, pair, null, pair.ExportSeed());
    }

    /// <summary>The key of a 64-byte schnorrkel secret (key ‖ nonce), the <c>privateKey</c> field btwallet and the SDK write.</summary>
    /// <exception cref="FormatException">Not 64 bytes, or the scalar is not canonical.</exception>
    public static WalletKey FromPrivateKey(ReadOnlySpan<byte> privateKey)
    {
        try
        {
            using var secret = Sr25519SecretKey.FromBytes(privateKey);
            var pair = Sr25519Pair.FromKeypair(Sr25519Keypair.FromSecretKey(secret));
            return new WalletKey(pair.AccountId, pair, null, null);
        }
        catch (ArgumentException exception)
        {
            throw new FormatException("The private key is not a 64-byte sr25519 secret (key ‖ nonce).", exception);
        }
    }

    /// <summary>
    /// The key of a 64-byte secret in polkadot.js's "ed25519" form (key·8 ‖ nonce), as in its JSON exports.
    /// </summary>
    /// <exception cref="FormatException">Not 64 bytes, or not a valid secret.</exception>
    public static WalletKey FromEd25519FormSecret(ReadOnlySpan<byte> secret)
    {
        try
        {
            var pair = Sr25519Pair.FromKeypair(Sr25519Keypair.FromEd25519Bytes(secret));
            return new WalletKey(pair.AccountId, pair, null, null);
        }
        catch (ArgumentException exception)
        {
            throw new FormatException("The secret is not a 64-byte sr25519 secret in ed25519 form.", exception);
        }
    }

    /// <summary>A public-only key (what <c>coldkeypub.txt</c> and <c>regen-coldkeypub</c> give).</summary>
    public static WalletKey FromPublicKey(AccountId32 accountId) => new(accountId, null, null, null);

    /// <summary>A public-only copy of this key.</summary>
    public WalletKey ToPublic() => FromPublicKey(AccountId);

    /// <summary>A copy of the 32-byte mini secret, or null when unknown. The caller should wipe it.</summary>
    public byte[]? ExportSeed() => (byte[]?)_seed?.Clone();

    /// <summary>The 64-byte schnorrkel secret (key ‖ nonce), or null for a public-only key. The caller should wipe it.</summary>
    public byte[]? ExportPrivateKey() => _pair?.Keypair.SecretKey.ToBytes();

    /// <summary>Signs as Substrate does (sr25519, context "substrate").</summary>
    /// <exception cref="InvalidOperationException">The key is public only.</exception>
    public byte[] Sign(ReadOnlySpan<byte> message) =>
        (_pair ?? throw new InvalidOperationException("This key has only its public half (coldkeypub); it cannot sign.")).Sign(message);

    /// <summary>
    /// True when <paramref name="signature"/> signs <paramref name="message"/>, or the message wrapped as
    /// <c>&lt;Bytes&gt;…&lt;/Bytes&gt;</c> (how polkadot.js extensions sign raw text), as the SDK accepts.
    /// </summary>
    public static bool Verify(AccountId32 signer, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature)
    {
        if (Sr25519Pair.Verify(signer.Bytes, message, signature))
        {
            return true;
        }

        byte[] wrapped = [.. "<Bytes>"u8, .. message, .. "</Bytes>"u8];
        return Sr25519Pair.Verify(signer.Bytes, wrapped, signature);
    }

    /// <summary>Wipes the secret and the seed.</summary>
    public void Dispose()
    {
        _pair?.Dispose();
        if (_seed is not null)
        {
            CryptographicOperations.ZeroMemory(_seed);
        }
    }
}
