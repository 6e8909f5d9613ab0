namespace Finney.Primitives.Scale.Codecs;

/// <summary>Byte arrays in lexicographic order, a prefix before any longer array (Rust's <c>Ord</c> for byte slices).</summary>
internal sealed class LexicographicBytesComparer : IComparer<byte[]>
{
    public int Compare(byte[]? x, byte[]? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        return x.AsSpan().SequenceCompareTo(y);
    }
}
