using Finney.Primitives.Hashing;
using Finney.Storage.Database;

namespace Finney.Storage.Tests.Database;

/// <summary>Builds blocks for database tests: a stand-in header (parent, number, state root) hashed with BLAKE2b-256.</summary>
internal static class TestChain
{
    public static BlockData Block(IStateDatabase database, StateUpdate update, params byte[][] body)
    {
        var parent = database.Head;
        var number = parent is null ? 0u : parent.Number + 1;
        var parentHash = parent?.Hash ?? new byte[32];
        byte[] header = [.. parentHash, .. BitConverter.GetBytes(number), .. update.Root];
        return new BlockData(number, Blake2b.Hash256(header), parentHash, header, body);
    }

    /// <summary>Prepares and commits one block on the head; returns it.</summary>
    public static BlockData Commit(IStateDatabase database, IEnumerable<StateChange> changes, bool finalize = true)
    {
        var update = database.PrepareUpdate(database.Head?.Hash ?? [], changes);
        var block = Block(database, update, [1, 2, 3], []);
        database.Commit(block, update, finalize);
        return block;
    }
}
