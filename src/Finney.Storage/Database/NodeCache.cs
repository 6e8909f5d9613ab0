using System.Collections.Concurrent;

namespace Finney.Storage.Database;

/// <summary>
/// Trie nodes by hash kept in memory, in two generations: when the young one fills half the budget it becomes
/// the old one and the previous old one is dropped; a hit in the old one moves the node back. Nodes never change
/// under a hash, so a cached copy is always right.
/// </summary>
internal sealed class NodeCache
{
    // Dictionary entry, key array and value array headers: roughly what a cached node costs beyond its bytes.
    private const int Overhead = 120;

    private readonly long _generationBytes;
    private ConcurrentDictionary<byte[], byte[]> _young = new(ByteKeyComparer.Instance);
    private ConcurrentDictionary<byte[], byte[]> _old = new(ByteKeyComparer.Instance);
    private long _youngBytes;

    public NodeCache(long capacityBytes) => _generationBytes = Math.Max(capacityBytes / 2, 1);

    public byte[]? Get(ReadOnlySpan<byte> hash)
    {
        if (_young.GetAlternateLookup<ReadOnlySpan<byte>>().TryGetValue(hash, out var data))
        {
            return data;
        }

        if (_old.GetAlternateLookup<ReadOnlySpan<byte>>().TryGetValue(hash, out var key, out data))
        {
            Add(key, data);
            return data;
        }

        return null;
    }

    public void Add(byte[] hash, byte[] data)
    {
        if (_young.TryAdd(hash, data) && Interlocked.Add(ref _youngBytes, data.Length + Overhead) > _generationBytes)
        {
            lock (this)
            {
                if (Interlocked.Read(ref _youngBytes) > _generationBytes)
                {
                    _old = _young;
                    _young = new ConcurrentDictionary<byte[], byte[]>(ByteKeyComparer.Instance);
                    Interlocked.Exchange(ref _youngBytes, 0);
                }
            }
        }
    }

    public void Remove(byte[] hash)
    {
        _young.TryRemove(hash, out _);
        _old.TryRemove(hash, out _);
    }
}
