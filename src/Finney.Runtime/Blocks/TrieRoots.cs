using Finney.Storage.Trie;

namespace Finney.Runtime.Blocks;

/// <summary>The runtime's one seam to the Merkle trie roots that Finney.Storage computes.</summary>
public static class TrieRoots
{
    /// <summary>
    /// The extrinsics root of a block: the ordered trie root (keys Compact(index), layout V0) over the encoded
    /// extrinsics, as Substrate's <c>frame_system</c> computes it.
    /// </summary>
    /// <remarks>Layout V0 even though the state uses V1: Substrate always builds the extrinsics root with V0.</remarks>
    public static byte[] ExtrinsicsRoot(IReadOnlyList<byte[]> extrinsics)
    {
        ArgumentNullException.ThrowIfNull(extrinsics);
        return TrieRoot.OrderedRootV0(extrinsics);
    }

    /// <summary>The state root (layout V1, subtensor's <c>state_version</c> 1) of a whole state given in key order.</summary>
    public static byte[] StateRoot(IEnumerable<KeyValuePair<byte[], byte[]>> sortedEntries) => TrieRoot.StateRootV1(sortedEntries);
}
