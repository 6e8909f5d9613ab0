using Finney.Primitives.Hashing;
using Finney.Storage;
using Finney.Storage.Database;

namespace Finney.Benchmarks.Storage;

/// <summary>
/// Keys and values shaped like the chain's: a 32-byte pallet/item prefix (three "items") followed by a
/// Blake2_128Concat account key, values of 8–120 bytes so both inline (V1: under 33 bytes) and hashed values
/// occur. Deterministic from the seed.
/// </summary>
internal static class StorageWorkload
{
    public static byte[] Key(int index)
    {
        var account = Blake2b.Hash256(BitConverter.GetBytes(index));
        return [.. Blake2b.Hash256([(byte)(index % 3)]), .. Blake2b.Hash128(account), .. account];
    }

    public static byte[] Value(Random random)
    {
        var value = new byte[random.Next(4) == 0 ? random.Next(33, 120) : random.Next(8, 33)];
        random.NextBytes(value);
        return value;
    }

    /// <summary><paramref name="count"/> entries, sorted by key (what a full-root computation takes).</summary>
    public static List<KeyValuePair<byte[], byte[]>> SortedEntries(int count, int seed)
    {
        var random = new Random(seed);
        var entries = Enumerable.Range(0, count).Select(i => new KeyValuePair<byte[], byte[]>(Key(i), Value(random))).ToList();
        entries.Sort((a, b) => ByteKeyComparer.Instance.Compare(a.Key, b.Key));
        return entries;
    }

    /// <summary>Changes to <paramref name="count"/> random existing keys of a state of <paramref name="stateKeys"/> keys.</summary>
    public static List<StateChange> Changes(int count, int stateKeys, Random random) =>
        [.. Enumerable.Range(0, count).Select(_ => new StateChange(Key(random.Next(stateKeys)), Value(random)))];

    /// <summary>Commits the next block with <paramref name="changes"/> on the head; returns the block.</summary>
    public static BlockData Commit(IStateDatabase database, IReadOnlyList<StateChange> changes)
    {
        var head = database.Head;
        var number = head is null ? 0u : head.Number + 1;
        var parentHash = head?.Hash ?? new byte[32];
        var update = database.PrepareUpdate(head?.Hash ?? [], changes);
        byte[] header = [.. parentHash, .. BitConverter.GetBytes(number), .. update.Root];
        var block = new BlockData(number, Blake2b.Hash256(header), parentHash, header, []);
        database.Commit(block, update, finalize: true);
        return block;
    }
}
