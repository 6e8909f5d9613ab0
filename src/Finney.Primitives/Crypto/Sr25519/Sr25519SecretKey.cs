using System.Security.Cryptography;

namespace Finney.Primitives.Crypto.Sr25519;

/// <summary>
/// An expanded sr25519 secret: the secret scalar (mod ℓ) and the 32-byte nonce seed mixed into every signature.
/// The bytes live in a pinned buffer that <see cref="Dispose"/> zeroes.
/// </summary>
public sealed class Sr25519SecretKey : IDisposable
{
    /// <summary>Size of both serialised forms: 32 bytes of key ‖ 32 bytes of nonce seed.</summary>
    public const int Length = 64;

    // [0..32) scalar, little-endian, canonical; [32..64) nonce seed. Pinned so the GC never leaves copies behind.
    private readonly byte[] _bytes = GC.AllocateArray<byte>(Length, pinned: true);
    private bool _disposed;

    private Sr25519SecretKey()
    {
    }

    /// <summary>
    /// Expands a mini secret in Ed25519 mode, as Substrate and polkadot.js do: h = SHA-512(mini); the clamped
    /// first half divided by the cofactor 8 is the scalar, the second half is the nonce seed.
    /// </summary>
    /// <exception cref="ArgumentException">The mini secret is not 32 bytes.</exception>
    public static Sr25519SecretKey FromMiniSecret(ReadOnlySpan<byte> miniSecret)
    {
        if (miniSecret.Length != Sr25519Keypair.MiniSecretLength)
        {
            throw new ArgumentException($"An sr25519 mini secret must be 32 bytes, not {miniSecret.Length}.", nameof(miniSecret));
        }

        var key = new Sr25519SecretKey();
        var h = key._bytes.AsSpan();
        SHA512.HashData(miniSecret, h);
        h[0] &= 248;
        h[31] &= 63;
        h[31] |= 64;
        Scalar25519.DivideByCofactor(h[..32]);
        return key;
    }

    /// <summary>
    /// Reads the 64-byte "Ed25519" form polkadot.js uses for sr25519 secret keys (wasm-crypto's
    /// <c>sr25519KeypairFromSeed</c>, @scure/sr25519's secret key): scalar·8 ‖ nonce seed.
    /// </summary>
    /// <exception cref="ArgumentException">Not 64 bytes, or the key divided by 8 is not below ℓ.</exception>
    public static Sr25519SecretKey FromEd25519Bytes(ReadOnlySpan<byte> bytes)
    {
        RequireLength(bytes);
        var key = new Sr25519SecretKey();
        bytes.CopyTo(key._bytes);
        Scalar25519.DivideByCofactor(key._bytes.AsSpan(0, 32));
        return key.RequireCanonical(nameof(bytes));
    }

    /// <summary>
    /// Reads schnorrkel's own 64-byte form (<c>SecretKey::to_bytes</c>, which sp-core's <c>to_raw_vec</c> and
    /// 64-byte <c>from_seed_slice</c> use): scalar ‖ nonce seed.
    /// </summary>
    /// <exception cref="ArgumentException">Not 64 bytes, or the scalar is not below ℓ.</exception>
    public static Sr25519SecretKey FromBytes(ReadOnlySpan<byte> bytes)
    {
        RequireLength(bytes);
        var key = new Sr25519SecretKey();
        bytes.CopyTo(key._bytes);
        return key.RequireCanonical(nameof(bytes));
    }

    /// <summary>The polkadot.js "Ed25519" form: scalar·8 ‖ nonce seed.</summary>
    public byte[] ToEd25519Bytes()
    {
        var bytes = ToBytes();
        Scalar25519.MultiplyByCofactor(bytes.AsSpan(0, 32));
        return bytes;
    }

    /// <summary>schnorrkel's <c>SecretKey::to_bytes</c> form (sp-core's <c>to_raw_vec</c>): scalar ‖ nonce seed.</summary>
    public byte[] ToBytes() => Raw.ToArray();

    /// <summary>Computes the public key A = scalar·B.</summary>
    public byte[] GetPublicKey()
    {
        var publicKey = new byte[Sr25519PublicKey.Length];
        Ristretto255.MultiplyBase(Scalar, publicKey);
        return publicKey;
    }

    /// <summary>The secret scalar, 32 bytes little-endian.</summary>
    internal ReadOnlySpan<byte> Scalar => Raw[..32];

    /// <summary>The nonce seed.</summary>
    internal ReadOnlySpan<byte> Nonce => Raw[32..];

    /// <summary>Scalar ‖ nonce seed, as schnorrkel's <c>to_bytes</c> (the soft-derivation witness).</summary>
    internal ReadOnlySpan<byte> Raw
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _bytes;
        }
    }

    /// <summary>Builds a key from a scalar and nonce seed already computed by a derivation.</summary>
    internal static Sr25519SecretKey FromParts(ReadOnlySpan<byte> scalar, ReadOnlySpan<byte> nonce)
    {
        var key = new Sr25519SecretKey();
        scalar.CopyTo(key._bytes);
        nonce.CopyTo(key._bytes.AsSpan(32));
        return key;
    }

    /// <summary>Zeroes the key material; the key is unusable afterwards.</summary>
    public void Dispose()
    {
        CryptographicOperations.ZeroMemory(_bytes);
        _disposed = true;
    }

    private static void RequireLength(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Length)
        {
            throw new ArgumentException($"An sr25519 secret key must be 64 bytes, not {bytes.Length}.", nameof(bytes));
        }
    }

    private Sr25519SecretKey RequireCanonical(string parameterName)
    {
        if (!Scalar25519.IsCanonical(_bytes.AsSpan(0, 32)))
        {
            Dispose();
            throw new ArgumentException("The sr25519 secret scalar is not reduced modulo the group order.", parameterName);
        }

        return this;
    }
}
