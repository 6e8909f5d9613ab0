using Finney.Storage.Trie;

namespace Finney.Storage.Database;

/// <summary>
/// A block's state changes with the state root they lead to, computed but not yet written: the node puts
/// <see cref="Root"/> in the header, hashes it, then hands both to <see cref="IStateDatabase.Commit"/>.
/// </summary>
public sealed class StateUpdate
{
    internal StateUpdate(BlockInfo? parent, byte[] parentRoot, IReadOnlyList<StateChange> changes, TrieDelta delta)
    {
        Parent = parent;
        ParentRoot = parentRoot;
        Changes = changes;
        Delta = delta;
    }

    /// <summary>The block whose state this update starts from; null for genesis.</summary>
    public BlockInfo? Parent { get; }

    /// <summary>The state root before the changes.</summary>
    public byte[] ParentRoot { get; }

    /// <summary>The state root after the changes (state version 1).</summary>
    public byte[] Root => Delta.Root;

    /// <summary>The changes, in the order given.</summary>
    public IReadOnlyList<StateChange> Changes { get; }

    /// <summary>Number of trie nodes and value nodes the update writes (a measure of its cost).</summary>
    public int NodesWritten => Delta.Changes.Values.Count(c => c.Added > 0);

    internal TrieDelta Delta { get; }
}
