namespace Finney.Storage;

/// <summary>Searches in arrays of keys sorted by <see cref="ByteKeyComparer"/> (the in-memory stores' cached key order).</summary>
public static class SortedKeys
{
    /// <summary>The index of the first key strictly greater than <paramref name="key"/>, or the length when none is.</summary>
    public static int FirstAfter(byte[][] sortedKeys, ReadOnlySpan<byte> key)
    {
        ArgumentNullException.ThrowIfNull(sortedKeys);
        int low = 0, high = sortedKeys.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (sortedKeys[mid].AsSpan().SequenceCompareTo(key) <= 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
