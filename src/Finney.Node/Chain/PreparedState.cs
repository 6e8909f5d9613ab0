using Finney.Node.Blocks;
using Finney.Storage;

namespace Finney.Node.Chain;

/// <summary>
/// A block's state changes with the state root they lead to, computed by the store before the header is
/// sealed; <see cref="IChainStore.Commit"/> then writes exactly this. <see cref="StoreData"/> is the
/// store's own prepared work (trie nodes), opaque to the node.
/// </summary>
public sealed record PreparedState(Hash256? Parent, Hash256 Root, IReadOnlyList<StateChange> Changes, object? StoreData = null);
