using Finney.Node.Blocks;
using Finney.Primitives.Scale;
using Finney.Storage;

namespace Finney.Node.Chain;

/// <summary>
/// Roots for headers until the storage layer's Patricia-Merkle trie (TrieRoot) is on main: a BLAKE2b-256
/// commitment over the sorted entries and over the ordered extrinsics. Stable and 32 bytes, which is all
/// clients need (they never check roots), but not Substrate's trie root.
/// </summary>
public static class StateRoots
{
    /// <summary>The root of an empty trie, BLAKE2b-256 of 0x00 (also what Substrate gives an empty list).</summary>
    public static Hash256 EmptyTrie { get; } = Hash256.Blake2([0]);

    /// <summary>Commitment to a whole state.</summary>
    public static Hash256 Of(MemoryState state)
    {
        using var writer = new ScaleWriter();
        foreach (var (key, value) in state.Entries)
        {
            writer.WriteByteVec(key);
            writer.WriteByteVec(value);
        }

        return Hash256.Blake2(writer.WrittenSpan);
    }

    /// <summary>Commitment to an ordered list of extrinsics.</summary>
    public static Hash256 OfExtrinsics(IReadOnlyList<byte[]> extrinsics)
    {
        if (extrinsics.Count == 0)
        {
            return EmptyTrie;
        }

        using var writer = new ScaleWriter();
        writer.WriteCompact((ulong)extrinsics.Count);
        foreach (var extrinsic in extrinsics)
        {
            writer.WriteBytes(extrinsic);
        }

        return Hash256.Blake2(writer.WrittenSpan);
    }
}
