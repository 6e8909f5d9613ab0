using System.Security.Cryptography;
using Finney.Primitives.Accounts;
using Finney.Primitives.Crypto.Sr25519;

namespace Finney.Primitives.Keys;

/// <summary>
/// An sr25519 key as an <see cref="IKeyPair"/>, remembering the mini secret it was expanded from while
/// there is one: hard derivation yields a new mini secret, soft derivation none (as in sp-core).
/// </summary>
public sealed class Sr25519Pair : IKeyPair
{
    private readonly Sr25519Keypair _keypair;
    private readonly byte[]? _miniSecret;

    private Sr25519Pair(Sr25519Keypair keypair, byte[]? miniSecret)
    {
        _keypair = keypair;
        _miniSecret = miniSecret;
    }

    /// <summary>The key of a 32-byte mini secret, expanded in Ed25519 mode as Substrate does.</summary>
    public static Sr25519Pair FromMiniSecret(ReadOnlySpan<byte> miniSecret) =>
        new(Sr25519Keypair.FromMiniSecret(miniSecret), miniSecret.ToArray());

    /// <summary>The key of an existing keypair, which has no known mini secret (e.g. a 64-byte exported secret).</summary>
    public static Sr25519Pair FromKeypair(Sr25519Keypair keypair) => new(keypair, null);

    /// <summary>Public soft derivation: what <c>address/junction</c> names, computable without the secret.</summary>
    public static byte[] SoftDerivePublic(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> chainCode) =>
        Sr25519PublicKey.SoftDerive(publicKey, chainCode);

    /// <summary>Verifies a Substrate sr25519 signature (context "substrate"); false, never an exception, for bad input.</summary>
    public static bool Verify(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature) =>
        Sr25519Signature.Verify(publicKey, message, signature);

    /// <summary>The underlying schnorrkel keypair (for signing with an explicit context or randomness).</summary>
    public Sr25519Keypair Keypair => _keypair;

    /// <inheritdoc />
    public KeyScheme Scheme => KeyScheme.Sr25519;

    /// <inheritdoc />
    public ReadOnlySpan<byte> PublicKey => _keypair.PublicKey;

    /// <inheritdoc />
    public AccountId32 AccountId => new(_keypair.PublicKey);

    /// <inheritdoc />
    public byte[]? ExportSeed() => (byte[]?)_miniSecret?.Clone();

    /// <inheritdoc />
    public byte[] Sign(ReadOnlySpan<byte> message) => _keypair.Sign(message);

    /// <inheritdoc />
    public IKeyPair Derive(DeriveJunction junction)
    {
        if (!junction.IsHard)
        {
            return new Sr25519Pair(_keypair.SoftDerive(junction.ChainCode), null);
        }

        var miniSecret = new byte[Sr25519Keypair.MiniSecretLength];
        _keypair.HardDeriveMiniSecret(junction.ChainCode, miniSecret);
        return new Sr25519Pair(Sr25519Keypair.FromMiniSecret(miniSecret), miniSecret);
    }

    /// <summary>Wipes the secret key and the mini secret.</summary>
    public void Dispose()
    {
        _keypair.Dispose();
        if (_miniSecret is not null)
        {
            CryptographicOperations.ZeroMemory(_miniSecret);
        }
    }
}
