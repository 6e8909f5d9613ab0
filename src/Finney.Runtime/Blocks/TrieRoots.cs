using Finney.Primitives.Hashing;
using Finney.Primitives.Scale;

namespace Finney.Runtime.Blocks;

/// <summary>
/// The runtime's one seam to the Merkle trie roots that Finney.Storage computes (the extrinsics root is an
/// ordered trie root over the extrinsics, layout V0).
/// </summary>
public static class TrieRoots
{
    /// <summary>The extrinsics root of a block.</summary>
    /// <remarks>
    /// Until <c>Finney.Storage.Trie.TrieRoot.OrderedRootV0</c> lands this is BLAKE2b-256 of the SCALE list of the
    /// extrinsics: deterministic, so block import can check it, but not yet Substrate's trie root.
    /// </remarks>
    public static byte[] ExtrinsicsRoot(IReadOnlyList<byte[]> extrinsics)
    {
        ArgumentNullException.ThrowIfNull(extrinsics);
        using var writer = new ScaleWriter();
        writer.WriteCompact((ulong)extrinsics.Count);
        foreach (var extrinsic in extrinsics)
        {
            writer.WriteBytes(extrinsic);
        }

        return Blake2b.Hash256(writer.WrittenSpan);
    }
}
