namespace Finney.Primitives.Scale.Codecs;

/// <summary>
/// Strings in Unicode code point order, which equals the UTF-8 byte order Rust uses. UTF-16 code unit order
/// agrees except that surrogates (U+D800–U+DFFF, halves of characters above U+FFFF) sort below U+E000–U+FFFF
/// while the characters they encode sort above; the first differing code units are shifted to fix that.
/// </summary>
internal sealed class CodePointStringComparer : IComparer<string>
{
    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var length = Math.Min(x.Length, y.Length);
        for (var i = 0; i < length; i++)
        {
            if (x[i] != y[i])
            {
                return Shift(x[i]).CompareTo(Shift(y[i]));
            }
        }

        return x.Length.CompareTo(y.Length);
    }

    private static int Shift(char c) => c switch
    {
        >= '\uE000' => c - 0x800,
        >= '\uD800' => c + 0x2000,
        _ => c,
    };
}
