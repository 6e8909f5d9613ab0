using Finney.Primitives.Hashing;
using Finney.Runtime.Kernel.Metadata;

namespace Finney.Runtime.Kernel.Storage;

/// <summary>Whether a missing key reads as a default value or as nothing (metadata's <c>StorageEntryModifier</c>).</summary>
public enum StorageModifier : byte
{
    /// <summary>A missing key reads as None.</summary>
    Optional = 0,

    /// <summary>A missing key reads as the declared default.</summary>
    Default = 1,
}

/// <summary>What metadata says about a storage item; implemented by the typed items.</summary>
public interface IStorageEntry
{
    /// <summary>The pallet's storage prefix (its name).</summary>
    string Pallet { get; }

    /// <summary>The item's name, as in the key and the metadata.</summary>
    string Name { get; }

    /// <summary>Default or Optional.</summary>
    StorageModifier Modifier { get; }

    /// <summary>One hasher per key component; empty for a plain value.</summary>
    IReadOnlyList<StorageHasher> Hashers { get; }

    /// <summary>The key type (a tuple for several components), or null for a plain value.</summary>
    MetaType? KeyType { get; }

    /// <summary>The value type.</summary>
    MetaType ValueType { get; }

    /// <summary>What a missing key reads as: the encoded default, or <c>00</c> for Optional items.</summary>
    byte[] DefaultBytes { get; }

    /// <summary>twox128(pallet) ++ twox128(name).</summary>
    ReadOnlySpan<byte> Prefix { get; }
}
