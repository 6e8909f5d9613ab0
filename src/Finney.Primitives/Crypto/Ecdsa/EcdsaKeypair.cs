using System.Security.Cryptography;
using Finney.Primitives.Accounts;
using Finney.Primitives.Hashing;
using Finney.Primitives.Keys;
using NBitcoin.Secp256k1;

namespace Finney.Primitives.Crypto.Ecdsa;

/// <summary>
/// An ECDSA secp256k1 key as sp-core's ecdsa pair: the message is hashed with BLAKE2b-256 (not keccak),
/// signatures are r ‖ s ‖ recovery id (65 bytes, deterministic RFC 6979 nonces, low s), the public key
/// is the 33-byte compressed point and the account is BLAKE2b-256 of it. Hard derivation replaces the
/// seed with BLAKE2b-256(SCALE("Secp256k1HDKD") ‖ seed ‖ chain code).
/// </summary>
public sealed class EcdsaKeypair : IKeyPair
{
    /// <summary>Length of a seed (the secret scalar).</summary>
    public const int SeedLength = 32;

    /// <summary>Length of a compressed public key.</summary>
    public const int PublicKeyLength = 33;

    /// <summary>Length of a signature: r, s and the recovery id.</summary>
    public const int SignatureLength = 65;

    // SCALE encoding of "Secp256k1HDKD": compact length 13 (0x34) then the ASCII bytes.
    private static ReadOnlySpan<byte> HardDerivationPrefix => "\u0034Secp256k1HDKD"u8;

    private readonly byte[] _seed;
    private readonly ECPrivKey _secret;
    private readonly byte[] _publicKey;

    private EcdsaKeypair(ReadOnlySpan<byte> seed, ECPrivKey secret)
    {
        _seed = seed.ToArray();
        _secret = secret;
        _publicKey = secret.CreatePubKey().ToBytes(compressed: true);
    }

    /// <summary>The key for a 32-byte seed.</summary>
    /// <exception cref="ArgumentException">The seed is not 32 bytes, or is zero or not below the curve order.</exception>
    public static EcdsaKeypair FromSeed(ReadOnlySpan<byte> seed)
    {
        if (seed.Length != SeedLength)
        {
            throw new ArgumentException($"An ecdsa seed is 32 bytes, not {seed.Length}.", nameof(seed));
        }

        if (!ECPrivKey.TryCreate(seed, out var secret))
        {
            throw new ArgumentException("The seed is not a valid secp256k1 secret (zero or not below the curve order).", nameof(seed));
        }

        return new EcdsaKeypair(seed, secret);
    }

    /// <inheritdoc />
    public KeyScheme Scheme => KeyScheme.Ecdsa;

    /// <inheritdoc />
    public ReadOnlySpan<byte> PublicKey => _publicKey;

    /// <inheritdoc />
    public AccountId32 AccountId => AccountOf(_publicKey);

    /// <summary>The account of a compressed public key: BLAKE2b-256 of its 33 bytes.</summary>
    public static AccountId32 AccountOf(ReadOnlySpan<byte> compressedPublicKey) => new(Blake2b.Hash256(compressedPublicKey));

    /// <inheritdoc />
    public byte[]? ExportSeed() => (byte[])_seed.Clone();

    /// <inheritdoc />
    public byte[] Sign(ReadOnlySpan<byte> message)
    {
        var digest = Blake2b.Hash256(message);
        if (!_secret.TrySignRecoverable(digest, out var signature) || signature is null)
        {
            // RFC 6979 signing fails only for an invalid key, which FromSeed rejects.
            throw new CryptographicException("secp256k1 signing failed.");
        }

        var output = new byte[SignatureLength];
        signature.WriteToSpanCompact(output.AsSpan(0, 64), out var recoveryId);
        output[64] = (byte)recoveryId;
        return output;
    }

    /// <inheritdoc />
    public IKeyPair Derive(DeriveJunction junction) =>
        HardSeedDerivation.Derive(HardDerivationPrefix, _seed, junction, seed => FromSeed(seed), "ecdsa");

    /// <summary>
    /// Recovers the compressed public key that made <paramref name="signature"/> over <paramref name="message"/>
    /// (BLAKE2b-256 prehash); false for malformed signatures or recovery ids other than 0–3.
    /// </summary>
    public static bool TryRecover(ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature, out byte[] compressedPublicKey)
    {
        compressedPublicKey = [];
        if (signature.Length != SignatureLength || signature[64] > 3)
        {
            return false;
        }

        var digest = Blake2b.Hash256(message);
        if (!SecpRecoverableECDSASignature.TryCreateFromCompact(signature[..64], signature[64], out var recoverable)
            || recoverable is null
            || !ECPubKey.TryRecover(Context.Instance, recoverable, digest, out var recovered)
            || recovered is null)
        {
            return false;
        }

        compressedPublicKey = recovered.ToBytes(compressed: true);
        return true;
    }

    /// <summary>Verifies a signature against a 33-byte compressed public key.</summary>
    public static bool Verify(ReadOnlySpan<byte> compressedPublicKey, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature) =>
        compressedPublicKey.Length == PublicKeyLength
        && TryRecover(message, signature, out var recovered)
        && recovered.AsSpan().SequenceEqual(compressedPublicKey);

    /// <summary>Verifies a signature against an account id, as the runtime checks a MultiSignature::Ecdsa.</summary>
    public static bool VerifyForAccount(AccountId32 account, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature) =>
        TryRecover(message, signature, out var recovered) && AccountOf(recovered) == account;

    /// <summary>Wipes the seed; the library's key object clears itself when collected.</summary>
    public void Dispose()
    {
        CryptographicOperations.ZeroMemory(_seed);
        _secret.Dispose();
    }
}
