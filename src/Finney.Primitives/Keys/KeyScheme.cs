namespace Finney.Primitives.Keys;

/// <summary>The signature schemes of Substrate's MultiSignature, with their wire variant indices.</summary>
public enum KeyScheme : byte
{
    /// <summary>Ed25519 (RFC 8032); MultiSignature variant 0.</summary>
    Ed25519 = 0,

    /// <summary>Schnorrkel sr25519 over Ristretto255, the default for Bittensor wallets; variant 1.</summary>
    Sr25519 = 1,

    /// <summary>ECDSA over secp256k1 with BLAKE2b-256 prehash; variant 2.</summary>
    Ecdsa = 2,
}
