namespace Finney.Storage.Tests;

/// <summary>
/// Random keys and values shaped to stress the trie: few distinct bytes so keys share prefixes and nest, lengths
/// on both sides of the 33-byte hashed-value threshold, and repeated values so identical nodes occur.
/// </summary>
internal sealed class RandomState(int seed)
{
    private static readonly byte[] Alphabet = [0x00, 0x01, 0x10, 0x11, 0xf0, 0xff];

    private readonly Random _random = new(seed);

    public Random Random => _random;

    public byte[] Key()
    {
        if (_random.Next(8) == 0)
        {
            var hashed = new byte[32];
            _random.NextBytes(hashed);
            return hashed;
        }

        var key = new byte[_random.Next(0, 5)];
        for (var i = 0; i < key.Length; i++)
        {
            key[i] = Alphabet[_random.Next(Alphabet.Length)];
        }

        return key;
    }

    public byte[] Value()
    {
        var length = _random.Next(4) switch
        {
            0 => _random.Next(0, 4),
            1 => _random.Next(30, 36),
            2 => _random.Next(36, 100),
            _ => 1,
        };
        var value = new byte[length];
        if (_random.Next(3) > 0)
        {
            _random.NextBytes(value);
        }

        return value;
    }

    /// <summary>A batch of changes against <paramref name="model"/>: writes, deletions of present and absent keys.</summary>
    public List<StateChange> Changes(MemoryState model, int count)
    {
        var present = model.Entries.Select(e => e.Key).ToList();
        var changes = new List<StateChange>(count);
        for (var i = 0; i < count; i++)
        {
            var delete = _random.Next(3) == 0;
            var key = delete && present.Count > 0 && _random.Next(4) > 0 ? present[_random.Next(present.Count)] : Key();
            changes.Add(new StateChange(key, delete ? null : Value()));
        }

        return changes;
    }
}
