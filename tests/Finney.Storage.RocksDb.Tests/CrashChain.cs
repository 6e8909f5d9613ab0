using Finney.Primitives.Hashing;
using Finney.Storage.Database;

namespace Finney.Storage.RocksDb.Tests;

/// <summary>
/// A deterministic chain for the crash test: block n's changes depend only on (seed, n), so the checker can
/// replay the expected state of any block without trusting the database.
/// </summary>
internal static class CrashChain
{
    public const int KeepStates = 8;
    private const int KeySpace = 3000;

    public static StateDatabaseOptions Options => new() { Pruning = StatePruning.KeepLast(KeepStates), NodeCacheBytes = 8 << 20 };

    public static List<StateChange> Changes(int seed, uint number)
    {
        var random = new Random(unchecked((seed * 1_000_003) + (int)number)); // not HashCode.Combine: it is seeded per process
        var changes = new List<StateChange>();
        var count = number == 0 ? 1000 : random.Next(10, 80);
        for (var i = 0; i < count; i++)
        {
            var index = random.Next(KeySpace);
            var key = Key(index);
            if (random.Next(5) == 0)
            {
                changes.Add(new StateChange(key, null));
                continue;
            }

            var value = new byte[random.Next(3) == 0 ? random.Next(33, 120) : random.Next(1, 33)];
            random.NextBytes(value);
            changes.Add(new StateChange(key, value));
        }

        return changes;
    }

    /// <summary>Commits the next block on the head and returns it.</summary>
    public static BlockData CommitNext(StateDatabase database, int seed)
    {
        var head = database.Head;
        var number = head is null ? 0u : head.Number + 1;
        var update = database.PrepareUpdate(head?.Hash ?? [], Changes(seed, number));
        var parentHash = head?.Hash ?? new byte[32];
        byte[] header = [.. parentHash, .. BitConverter.GetBytes(number), .. update.Root];
        var block = new BlockData(number, Blake2b.Hash256(header), parentHash, header, [BitConverter.GetBytes(number)]);
        database.Commit(block, update, finalize: true);
        return block;
    }

    /// <summary>The expected state after each block 0..<paramref name="through"/>.</summary>
    public static List<MemoryState> Replay(int seed, uint through)
    {
        var states = new List<MemoryState>();
        var state = new MemoryState();
        for (var n = 0u; n <= through; n++)
        {
            state.Apply(Changes(seed, n));
            states.Add(state.Clone());
        }

        return states;
    }

    /// <summary>A key in one of three "pallets", so keys share long prefixes as storage keys do.</summary>
    private static byte[] Key(int index) => [.. Blake2b.Hash128([(byte)(index % 3)]), .. Blake2b.Hash(BitConverter.GetBytes(index), 8 + (index % 25))];
}
