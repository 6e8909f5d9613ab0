namespace Finney.Storage.Trie;

/// <summary>
/// Keys as sequences of 4-bit nibbles, high nibble of each byte first: the trie's path alphabet. Paths inside the
/// trie code are arrays with one nibble per byte.
/// </summary>
internal static class Nibbles
{
    /// <summary>Nibble <paramref name="index"/> of a byte key.</summary>
    public static byte At(ReadOnlySpan<byte> key, int index)
    {
        var b = key[index >> 1];
        return (byte)((index & 1) == 0 ? b >> 4 : b & 0x0F);
    }

    /// <summary>The nibbles of <paramref name="key"/> from nibble <paramref name="start"/> on.</summary>
    public static byte[] FromKey(ReadOnlySpan<byte> key, int start = 0)
    {
        var result = new byte[(key.Length * 2) - start];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = At(key, start + i);
        }

        return result;
    }

    /// <summary>Packs an even number of nibbles back into bytes.</summary>
    public static byte[] ToKey(ReadOnlySpan<byte> nibbles)
    {
        System.Diagnostics.Debug.Assert(nibbles.Length % 2 == 0, "only even paths are keys");
        var key = new byte[nibbles.Length / 2];
        for (var i = 0; i < key.Length; i++)
        {
            key[i] = (byte)((nibbles[2 * i] << 4) | nibbles[(2 * i) + 1]);
        }

        return key;
    }

    /// <summary>Length of the longest common prefix of two nibble sequences.</summary>
    public static int CommonPrefix(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b) => a.CommonPrefixLength(b);

    /// <summary><paramref name="a"/> followed by one nibble and then <paramref name="b"/>.</summary>
    public static byte[] Concat(ReadOnlySpan<byte> a, byte middle, ReadOnlySpan<byte> b)
    {
        var result = new byte[a.Length + 1 + b.Length];
        a.CopyTo(result);
        result[a.Length] = middle;
        b.CopyTo(result.AsSpan(a.Length + 1));
        return result;
    }
}
