using Finney.Primitives.Hashing;

namespace Finney.Runtime.Kernel.Storage;

/// <summary>Storage key prefixes.</summary>
public static class StorageKeys
{
    /// <summary>twox128(pallet) ++ twox128(item): the 32-byte prefix of every key of a storage item.</summary>
    public static byte[] ItemPrefix(string pallet, string item)
    {
        var prefix = new byte[32];
        Twox.Hash(global::System.Text.Encoding.UTF8.GetBytes(pallet), prefix.AsSpan(0, 16));
        Twox.Hash(global::System.Text.Encoding.UTF8.GetBytes(item), prefix.AsSpan(16, 16));
        return prefix;
    }
}
