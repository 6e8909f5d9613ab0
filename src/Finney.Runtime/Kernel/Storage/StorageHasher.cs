using Finney.Primitives.Hashing;

namespace Finney.Runtime.Kernel.Storage;

/// <summary>How a map key is hashed into a storage key (FRAME's hashers, numbered as in metadata).</summary>
[global::System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1707", Justification = "FRAME's hasher names, as clients and docs spell them.")]
public enum StorageHasher : byte
{
    /// <summary>BLAKE2b-128 of the encoded key.</summary>
    Blake2_128 = 0,

    /// <summary>BLAKE2b-256 of the encoded key.</summary>
    Blake2_256 = 1,

    /// <summary>BLAKE2b-128 of the encoded key, then the key itself.</summary>
    Blake2_128Concat = 2,

    /// <summary>XXH64 with seeds 0 and 1.</summary>
    Twox128 = 3,

    /// <summary>XXH64 with seeds 0 to 3.</summary>
    Twox256 = 4,

    /// <summary>XXH64 seed 0, then the key itself.</summary>
    Twox64Concat = 5,

    /// <summary>The encoded key itself.</summary>
    Identity = 6,
}

/// <summary>Applies <see cref="StorageHasher"/>s.</summary>
public static class StorageHashing
{
    /// <summary>Length of the hash part before any concatenated key (0 for Identity).</summary>
    public static int HashLength(StorageHasher hasher) => hasher switch
    {
        StorageHasher.Blake2_128 or StorageHasher.Blake2_128Concat or StorageHasher.Twox128 => 16,
        StorageHasher.Blake2_256 or StorageHasher.Twox256 => 32,
        StorageHasher.Twox64Concat => 8,
        _ => 0,
    };

    /// <summary>True when the hashed key ends with the encoded key, so maps can be iterated with keys.</summary>
    public static bool IsTransparent(StorageHasher hasher) =>
        hasher is StorageHasher.Blake2_128Concat or StorageHasher.Twox64Concat or StorageHasher.Identity;

    /// <summary>Writes hasher(encoded key) into <paramref name="destination"/>, returning the bytes written.</summary>
    public static int Hash(StorageHasher hasher, ReadOnlySpan<byte> encodedKey, Span<byte> destination)
    {
        var hashLength = HashLength(hasher);
        switch (hasher)
        {
            case StorageHasher.Blake2_128 or StorageHasher.Blake2_128Concat or StorageHasher.Blake2_256:
                Blake2b.Hash(encodedKey, destination[..hashLength]);
                break;
            case StorageHasher.Twox128 or StorageHasher.Twox256 or StorageHasher.Twox64Concat:
                Twox.Hash(encodedKey, destination[..hashLength]);
                break;
        }

        if (!IsTransparent(hasher))
        {
            return hashLength;
        }

        encodedKey.CopyTo(destination[hashLength..]);
        return hashLength + encodedKey.Length;
    }

    /// <summary>Length of hasher(encoded key) for a key of <paramref name="encodedLength"/> bytes.</summary>
    public static int OutputLength(StorageHasher hasher, int encodedLength) =>
        HashLength(hasher) + (IsTransparent(hasher) ? encodedLength : 0);

    /// <summary>twox128(pallet) ++ twox128(item): the 32-byte prefix of every key of a storage item.</summary>
    public static byte[] ItemPrefix(string pallet, string item)
    {
        var prefix = new byte[32];
        Twox.Hash(global::System.Text.Encoding.UTF8.GetBytes(pallet), prefix.AsSpan(0, 16));
        Twox.Hash(global::System.Text.Encoding.UTF8.GetBytes(item), prefix.AsSpan(16, 16));
        return prefix;
    }
}
