using Finney.Node.Blocks;
using Finney.Storage;
using Finney.Storage.Trie;

namespace Finney.Node.Chain;

/// <summary>Substrate's trie roots as the node's <see cref="Hash256"/>: state roots (layout V1) and extrinsics roots (layout V0).</summary>
public static class StateRoots
{
    /// <summary>The root of an empty trie, BLAKE2b-256 of 0x00 (also the extrinsics root of an empty body).</summary>
    public static Hash256 EmptyTrie { get; } = new(TrieRoot.EmptyRoot);

    /// <summary>The state root of a whole state (state version 1, subtensor's).</summary>
    public static Hash256 Of(MemoryState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new Hash256(TrieRoot.StateRootV1(state.Entries));
    }

    /// <summary>The extrinsics root: the ordered trie root over the encoded extrinsics (layout V0).</summary>
    public static Hash256 OfExtrinsics(IReadOnlyList<byte[]> extrinsics) => new(TrieRoot.OrderedRootV0(extrinsics));
}
