using System.Security.Cryptography;

namespace Finney.Primitives.Crypto.Sr25519;

/// <summary>
/// An sr25519 secret key with its public key: signs in Substrate's format and derives child keys the way
/// <c>sp-core</c> and polkadot.js do (<c>//hard</c> and <c>/soft</c> junctions). Dispose to zero the secret.
/// </summary>
public sealed class Sr25519Keypair : IDisposable
{
    /// <summary>Mini secret (seed) size.</summary>
    public const int MiniSecretLength = 32;

    /// <summary>Chain code size for derivation junctions.</summary>
    public const int ChainCodeLength = 32;

    /// <summary>Size of the external randomness mixed into a signature nonce or a soft-derived nonce seed.</summary>
    public const int RandomnessLength = 32;

    private readonly Sr25519SecretKey _secret;
    private readonly byte[] _publicKey;

    private Sr25519Keypair(Sr25519SecretKey secret)
    {
        _secret = secret;
        _publicKey = secret.GetPublicKey();
    }

    /// <summary>The 32-byte public key (the account id).</summary>
    public ReadOnlySpan<byte> PublicKey => _publicKey;

    /// <summary>The secret half; owned by this keypair and zeroed when it is disposed.</summary>
    public Sr25519SecretKey SecretKey => _secret;

    /// <summary>Expands a 32-byte mini secret (e.g. a substrate-bip39 seed) in Ed25519 mode.</summary>
    /// <exception cref="ArgumentException">The mini secret is not 32 bytes.</exception>
    public static Sr25519Keypair FromMiniSecret(ReadOnlySpan<byte> miniSecret) => new(Sr25519SecretKey.FromMiniSecret(miniSecret));

    /// <summary>
    /// Reads the 64-byte "Ed25519" secret key polkadot.js (wasm-crypto, @scure/sr25519) uses: scalar·8 ‖ nonce seed.
    /// For sp-core's raw form (<c>to_raw_vec</c>, scalar ‖ nonce seed) use <see cref="Sr25519SecretKey.FromBytes"/>.
    /// </summary>
    /// <exception cref="ArgumentException">Not 64 bytes, or not a valid scalar.</exception>
    public static Sr25519Keypair FromEd25519Bytes(ReadOnlySpan<byte> bytes) => new(Sr25519SecretKey.FromEd25519Bytes(bytes));

    /// <summary>A keypair over a copy of <paramref name="secretKey"/>; the caller keeps ownership of the original.</summary>
    public static Sr25519Keypair FromSecretKey(Sr25519SecretKey secretKey)
    {
        ArgumentNullException.ThrowIfNull(secretKey);
        return new(Sr25519SecretKey.FromParts(secretKey.Scalar, secretKey.Nonce));
    }

    /// <summary>The secret key in polkadot.js's "Ed25519" form (scalar·8 ‖ nonce seed).</summary>
    public byte[] ToEd25519Bytes() => _secret.ToEd25519Bytes();

    /// <summary>Signs <paramref name="message"/> in the <c>"substrate"</c> context with fresh randomness.</summary>
    public byte[] Sign(ReadOnlySpan<byte> message) => Sign(message, Sr25519Signature.SubstrateContext);

    /// <summary>Signs <paramref name="message"/> in <paramref name="context"/> with fresh randomness.</summary>
    public byte[] Sign(ReadOnlySpan<byte> message, ReadOnlySpan<byte> context)
    {
        Span<byte> randomness = stackalloc byte[RandomnessLength];
        RandomNumberGenerator.Fill(randomness);
        return Sign(message, context, randomness);
    }

    /// <summary>
    /// Signs with the given 32 bytes as the transcript RNG's external randomness (schnorrkel's
    /// <c>sign</c> with a fixed RNG, @scure/sr25519's <c>sign(sk, msg, random)</c>): equal inputs give equal
    /// signatures. Use only to reproduce known answers; real signatures need fresh randomness.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="randomness"/> is not 32 bytes.</exception>
    public byte[] Sign(ReadOnlySpan<byte> message, ReadOnlySpan<byte> context, ReadOnlySpan<byte> randomness)
    {
        RequireRandomness(randomness);
        var signature = new byte[Sr25519Signature.Length];
        Span<byte> wide = stackalloc byte[Scalar25519.WideLength];
        Span<byte> r = stackalloc byte[Scalar25519.Length];
        Span<byte> k = stackalloc byte[Scalar25519.Length];
        try
        {
            using var transcript = SchnorrkelTranscripts.Signing(context, message);
            transcript.AppendMessage("proto-name"u8, "Schnorr-sig"u8);
            transcript.AppendMessage("sign:pk"u8, _publicKey);
            using (var rng = transcript.BuildRng().RekeyWithWitnessBytes("signing"u8, _secret.Nonce).Finalize(randomness))
            {
                rng.FillBytes(wide);
            }

            Scalar25519.ReduceWide(wide, r);
            Ristretto255.MultiplyBase(r, signature.AsSpan(0, 32));
            transcript.AppendMessage("sign:R"u8, signature.AsSpan(0, 32));
            SchnorrkelTranscripts.ChallengeScalar(transcript, "sign:c"u8, k);
            Scalar25519.MultiplyAdd(k, _secret.Scalar, r, signature.AsSpan(32));
            signature[63] |= 0x80;
            return signature;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(wide);
            CryptographicOperations.ZeroMemory(r);
        }
    }

    /// <summary>
    /// Hard derivation (<c>//junction</c>): the "HDKD-hard" challenge over the chain code and the secret scalar is
    /// a new mini secret, expanded again in Ed25519 mode. The public key alone cannot follow this path.
    /// </summary>
    /// <exception cref="ArgumentException">The chain code is not 32 bytes.</exception>
    public Sr25519Keypair HardDerive(ReadOnlySpan<byte> chainCode)
    {
        Span<byte> miniSecret = stackalloc byte[MiniSecretLength];
        try
        {
            HardDeriveMiniSecret(chainCode, miniSecret);
            return FromMiniSecret(miniSecret);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(miniSecret);
        }
    }

    /// <summary>
    /// The mini secret a hard derivation produces (what sp-core reports as the derived key's seed); the child key
    /// is <see cref="FromMiniSecret"/> of it. The caller owns and should wipe <paramref name="miniSecret"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The chain code is not 32 bytes or the output is not 32 bytes.</exception>
    public void HardDeriveMiniSecret(ReadOnlySpan<byte> chainCode, Span<byte> miniSecret)
    {
        RequireChainCode(chainCode);
        if (miniSecret.Length != MiniSecretLength)
        {
            throw new ArgumentException($"A mini secret is {MiniSecretLength} bytes, not {miniSecret.Length}.", nameof(miniSecret));
        }

        using var transcript = SchnorrkelTranscripts.Derivation(chainCode);
        transcript.AppendMessage("secret-key"u8, _secret.Scalar);
        transcript.ChallengeBytes("HDKD-hard"u8, miniSecret);
    }

    /// <summary>
    /// Soft derivation (<c>/junction</c>) with a fresh nonce seed, as Substrate does it. The public key equals
    /// <see cref="Sr25519PublicKey.SoftDerive"/> of this key's public key.
    /// </summary>
    /// <exception cref="ArgumentException">The chain code is not 32 bytes.</exception>
    public Sr25519Keypair SoftDerive(ReadOnlySpan<byte> chainCode)
    {
        Span<byte> randomness = stackalloc byte[RandomnessLength];
        RandomNumberGenerator.Fill(randomness);
        return SoftDerive(chainCode, randomness);
    }

    /// <summary>
    /// Soft derivation with the given randomness for the new nonce seed: scalar' = scalar + t, where t is the
    /// "HDKD-scalar" challenge; nonce' is the transcript RNG keyed ("HDKD-nonce") with the old nonce seed and the
    /// old scalar ‖ nonce seed. Fixed randomness reproduces @scure/sr25519's <c>HDKD.secretSoft</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The chain code or the randomness is not 32 bytes.</exception>
    public Sr25519Keypair SoftDerive(ReadOnlySpan<byte> chainCode, ReadOnlySpan<byte> randomness)
    {
        RequireChainCode(chainCode);
        RequireRandomness(randomness);
        Span<byte> t = stackalloc byte[Scalar25519.Length];
        Span<byte> nonce = stackalloc byte[32];
        Span<byte> scalar = stackalloc byte[Scalar25519.Length];
        try
        {
            using (var transcript = SchnorrkelTranscripts.Derivation(chainCode))
            {
                SchnorrkelTranscripts.DeriveScalar(transcript, _publicKey, t);
                using var rng = transcript.BuildRng()
                    .RekeyWithWitnessBytes("HDKD-nonce"u8, _secret.Nonce)
                    .RekeyWithWitnessBytes("HDKD-nonce"u8, _secret.Raw)
                    .Finalize(randomness);
                rng.FillBytes(nonce);
            }

            Scalar25519.Add(_secret.Scalar, t, scalar);
            return new(Sr25519SecretKey.FromParts(scalar, nonce));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(nonce);
            CryptographicOperations.ZeroMemory(scalar);
        }
    }

    /// <summary>Zeroes the secret key.</summary>
    public void Dispose() => _secret.Dispose();

    internal static void RequireChainCode(ReadOnlySpan<byte> chainCode)
    {
        if (chainCode.Length != ChainCodeLength)
        {
            throw new ArgumentException($"An sr25519 chain code must be 32 bytes, not {chainCode.Length}.", nameof(chainCode));
        }
    }

    private static void RequireRandomness(ReadOnlySpan<byte> randomness)
    {
        if (randomness.Length != RandomnessLength)
        {
            throw new ArgumentException($"sr25519 randomness must be 32 bytes, not {randomness.Length}.", nameof(randomness));
        }
    }
}
