using System.Security.Cryptography;
using Finney.Primitives.Accounts;
using Finney.Primitives.Interop;
using Finney.Primitives.Keys;

namespace Finney.Primitives.Crypto.Ed25519;

/// <summary>
/// An ed25519 key (RFC 8032, no prehash) built from a 32-byte seed, as sp-core's ed25519 pair. Hard
/// derivation replaces the seed with BLAKE2b-256(SCALE("Ed25519HDKD") ‖ seed ‖ chain code); ed25519
/// has no soft derivation.
/// </summary>
public sealed unsafe class Ed25519Keypair : IKeyPair
{
    /// <summary>Length of a seed, a public key and half a signature.</summary>
    public const int SeedLength = 32;

    /// <summary>Length of a signature.</summary>
    public const int SignatureLength = 64;

    // SCALE encoding of the string "Ed25519HDKD": compact length 11 (0x2c) then the ASCII bytes.
    private static ReadOnlySpan<byte> HardDerivationPrefix => "\u002cEd25519HDKD"u8;

    private readonly byte[] _seed;
    private readonly byte[] _secretKey = new byte[64];
    private readonly byte[] _publicKey = new byte[32];

    private Ed25519Keypair(ReadOnlySpan<byte> seed)
    {
        _seed = seed.ToArray();
        fixed (byte* pk = _publicKey)
        fixed (byte* sk = _secretKey)
        fixed (byte* s = _seed)
        {
            _ = Sodium.crypto_sign_ed25519_seed_keypair(pk, sk, s);
        }
    }

    /// <summary>The key for a 32-byte seed (the first half of a substrate-bip39 seed, or a raw seed).</summary>
    /// <exception cref="ArgumentException">The seed is not 32 bytes.</exception>
    public static Ed25519Keypair FromSeed(ReadOnlySpan<byte> seed)
    {
        if (seed.Length != SeedLength)
        {
            throw new ArgumentException($"An ed25519 seed is 32 bytes, not {seed.Length}.", nameof(seed));
        }

        return new Ed25519Keypair(seed);
    }

    /// <inheritdoc />
    public KeyScheme Scheme => KeyScheme.Ed25519;

    /// <inheritdoc />
    public ReadOnlySpan<byte> PublicKey => _publicKey;

    /// <inheritdoc />
    public AccountId32 AccountId => new(_publicKey);

    /// <inheritdoc />
    public byte[]? ExportSeed() => (byte[])_seed.Clone();

    /// <inheritdoc />
    public byte[] Sign(ReadOnlySpan<byte> message)
    {
        var signature = new byte[SignatureLength];
        fixed (byte* sig = signature)
        fixed (byte* msg = message)
        fixed (byte* sk = _secretKey)
        {
            _ = Sodium.crypto_sign_ed25519_detached(sig, null, msg, (ulong)message.Length, sk);
        }

        return signature;
    }

    /// <inheritdoc />
    public IKeyPair Derive(DeriveJunction junction) =>
        HardSeedDerivation.Derive(HardDerivationPrefix, _seed, junction, seed => FromSeed(seed), "ed25519");

    /// <summary>
    /// Verifies a signature. Uses libsodium's strict rules (canonical encodings, no small-order keys);
    /// Substrate's ed25519-zebra (ZIP-215) also accepts a few non-canonical encodings no honest signer makes.
    /// Returns false, never throws, for inputs of the wrong length.
    /// </summary>
    public static bool Verify(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature)
    {
        if (publicKey.Length != 32 || signature.Length != SignatureLength)
        {
            return false;
        }

        fixed (byte* sig = signature)
        fixed (byte* msg = message)
        fixed (byte* pk = publicKey)
        {
            return Sodium.crypto_sign_ed25519_verify_detached(sig, msg, (ulong)message.Length, pk) == 0;
        }
    }

    /// <summary>Wipes the seed and secret key.</summary>
    public void Dispose()
    {
        CryptographicOperations.ZeroMemory(_seed);
        CryptographicOperations.ZeroMemory(_secretKey);
    }
}
