using System.Security.Cryptography;
using Finney.Primitives.Hashing;
using Finney.Primitives.Keys;

namespace Finney.Primitives.Crypto;

/// <summary>
/// Hard derivation for seed-based schemes (ed25519, ecdsa), as sp-core does it: the child seed is
/// BLAKE2b-256 of the SCALE tuple (scheme label string, parent seed, chain code).
/// </summary>
internal static class HardSeedDerivation
{
    /// <summary>Length of a parent or child seed.</summary>
    public const int SeedLength = 32;

    /// <summary>
    /// Derives the child seed and builds the child key from it; both temporary buffers are wiped.
    /// <paramref name="scaleLabel"/> is the label already SCALE-encoded (compact length, then ASCII).
    /// </summary>
    public static IKeyPair Derive(ReadOnlySpan<byte> scaleLabel, ReadOnlySpan<byte> seed, DeriveJunction junction, Func<byte[], IKeyPair> build, string scheme)
    {
        if (!junction.IsHard)
        {
            throw new NotSupportedException($"{scheme} keys have no soft derivation; use a hard junction (//name).");
        }

        var input = new byte[scaleLabel.Length + SeedLength + DeriveJunction.ChainCodeLength];
        var childSeed = new byte[SeedLength];
        try
        {
            scaleLabel.CopyTo(input);
            seed.CopyTo(input.AsSpan(scaleLabel.Length));
            junction.ChainCode.CopyTo(input.AsSpan(scaleLabel.Length + SeedLength));
            Blake2b.Hash(input, childSeed);
            return build(childSeed);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(input);
            CryptographicOperations.ZeroMemory(childSeed);
        }
    }
}
