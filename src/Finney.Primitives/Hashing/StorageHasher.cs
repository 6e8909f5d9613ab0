using System.Diagnostics.CodeAnalysis;

namespace Finney.Primitives.Hashing;

/// <summary>
/// The hashers Substrate applies to each key of a storage map, with the byte metadata uses for them
/// (frame-metadata's <c>StorageHasher</c> order). The "Concat" hashers append the encoded key so it can
/// be recovered from the storage key; Identity uses the encoded key itself.
/// </summary>
[SuppressMessage("Naming", "CA1707", Justification = "Substrate's hasher names, as metadata and every Substrate tool spell them.")]
public enum StorageHasher : byte
{
    /// <summary>BLAKE2b-128 of the key (not reversible).</summary>
    Blake2_128 = 0,

    /// <summary>BLAKE2b-256 of the key (not reversible).</summary>
    Blake2_256 = 1,

    /// <summary>BLAKE2b-128 of the key, then the key: safe against chosen keys and reversible (account maps).</summary>
    Blake2_128Concat = 2,

    /// <summary>twox128 of the key (not reversible; only for keys users cannot choose).</summary>
    Twox128 = 3,

    /// <summary>twox256 of the key (not reversible).</summary>
    Twox256 = 4,

    /// <summary>twox64 of the key, then the key (reversible; fast, for keys users cannot choose).</summary>
    Twox64Concat = 5,

    /// <summary>The encoded key itself (subtensor's netuid maps).</summary>
    Identity = 6,
}

/// <summary>Applies a <see cref="StorageHasher"/> to a SCALE-encoded key.</summary>
public static class StorageHashers
{
    /// <summary>Length of the hash part a hasher adds before (or instead of) the key.</summary>
    public static int HashLength(this StorageHasher hasher) => hasher switch
    {
        StorageHasher.Blake2_128 or StorageHasher.Blake2_128Concat or StorageHasher.Twox128 => 16,
        StorageHasher.Blake2_256 or StorageHasher.Twox256 => 32,
        StorageHasher.Twox64Concat => 8,
        StorageHasher.Identity => 0,
        _ => throw new ArgumentOutOfRangeException(nameof(hasher), hasher, "Unknown storage hasher."),
    };

    /// <summary>True for hashers after which the encoded key follows (Blake2_128Concat, Twox64Concat, Identity).</summary>
    public static bool IsReversible(this StorageHasher hasher) =>
        hasher is StorageHasher.Blake2_128Concat or StorageHasher.Twox64Concat or StorageHasher.Identity;

    /// <summary>Length of the hashed form of an encoded key of <paramref name="encodedKeyLength"/> bytes.</summary>
    public static int OutputLength(this StorageHasher hasher, int encodedKeyLength) =>
        hasher.HashLength() + (hasher.IsReversible() ? encodedKeyLength : 0);

    /// <summary>The hashed form of <paramref name="encodedKey"/>, as it appears in a storage key.</summary>
    public static byte[] Hash(this StorageHasher hasher, ReadOnlySpan<byte> encodedKey)
    {
        var output = new byte[hasher.OutputLength(encodedKey.Length)];
        hasher.Hash(encodedKey, output);
        return output;
    }

    /// <summary>Writes the hashed form of <paramref name="encodedKey"/> into <paramref name="output"/> (exactly <see cref="OutputLength"/> bytes).</summary>
    public static void Hash(this StorageHasher hasher, ReadOnlySpan<byte> encodedKey, Span<byte> output)
    {
        var hashLength = hasher.HashLength();
        if (output.Length != hasher.OutputLength(encodedKey.Length))
        {
            throw new ArgumentException($"{hasher} of a {encodedKey.Length}-byte key is {hasher.OutputLength(encodedKey.Length)} bytes, not {output.Length}.", nameof(output));
        }

        switch (hasher)
        {
            case StorageHasher.Blake2_128 or StorageHasher.Blake2_256 or StorageHasher.Blake2_128Concat:
                Blake2b.Hash(encodedKey, output[..hashLength]);
                break;
            case StorageHasher.Twox128 or StorageHasher.Twox256 or StorageHasher.Twox64Concat:
                Twox.Hash(encodedKey, output[..hashLength]);
                break;
        }

        if (hasher.IsReversible())
        {
            encodedKey.CopyTo(output[hashLength..]);
        }
    }
}
