using Finney.Primitives.Accounts;

namespace Finney.Primitives.Keys;

/// <summary>
/// A secret key of one of the three schemes, able to sign and to derive children. Dispose to wipe the
/// secret from memory.
/// </summary>
public interface IKeyPair : IDisposable
{
    /// <summary>Which scheme this key belongs to.</summary>
    KeyScheme Scheme { get; }

    /// <summary>The public key: 32 bytes (sr25519, ed25519) or a 33-byte compressed point (ecdsa).</summary>
    ReadOnlySpan<byte> PublicKey { get; }

    /// <summary>The account this key controls (the public key, or BLAKE2b-256 of it for ecdsa).</summary>
    AccountId32 AccountId { get; }

    /// <summary>
    /// A copy of the 32-byte seed this key was built from (the mini secret for sr25519), or null when
    /// the key came from a soft derivation, which has no seed. The caller should wipe the copy.
    /// </summary>
    byte[]? ExportSeed();

    /// <summary>Signs a message as Substrate does for this scheme (64 bytes, or 65 for ecdsa).</summary>
    byte[] Sign(ReadOnlySpan<byte> message);

    /// <summary>Derives a child key along one junction.</summary>
    /// <exception cref="NotSupportedException">A soft junction on a scheme without soft derivation (ed25519, ecdsa).</exception>
    IKeyPair Derive(DeriveJunction junction);
}
