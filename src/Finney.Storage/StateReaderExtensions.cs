namespace Finney.Storage;

/// <summary>Iteration helpers every <see cref="IStateReader"/> gets from <see cref="IStateReader.NextKey"/>.</summary>
public static class StateReaderExtensions
{
    /// <summary>
    /// The keys that start with <paramref name="prefix"/> and are strictly greater than
    /// <paramref name="startAfter"/> (or all of them, when it is empty), in order, at most <paramref name="limit"/>.
    /// This is <c>state_getKeysPaged</c>.
    /// </summary>
    public static List<byte[]> KeysWithPrefix(this IStateReader state, ReadOnlySpan<byte> prefix, int limit, ReadOnlySpan<byte> startAfter = default)
    {
        var keys = new List<byte[]>();
        var cursor = startAfter.SequenceCompareTo(prefix) > 0 ? startAfter.ToArray() : prefix.ToArray();
        if (startAfter.SequenceCompareTo(prefix) <= 0 && state.Get(prefix) is not null)
        {
            // NextKey is strictly greater; the prefix itself is a key of its own range.
            keys.Add(prefix.ToArray());
        }

        while (keys.Count < limit && state.NextKey(cursor) is { } next && next.AsSpan().StartsWith(prefix))
        {
            keys.Add(next);
            cursor = next;
        }

        return keys;
    }
}
