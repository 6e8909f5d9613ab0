namespace Finney.Primitives.Keys;

/// <summary>
/// The BIP-39 English word list (2048 words, sorted), embedded from the standard's english.txt
/// (SHA-256 2f5eed53…dbda, checked by a test). Word i encodes the 11-bit value i.
/// </summary>
internal static class Bip39Wordlist
{
    /// <summary>Number of words; each carries 11 bits.</summary>
    public const int Count = 2048;

    /// <summary>The words in order.</summary>
    public static IReadOnlyList<string> Words { get; } = Load();

    /// <summary>Index of a word, or -1 when it is not in the list (exact, lowercase match).</summary>
    public static int IndexOf(string word)
    {
        // The list is sorted by ordinal comparison, so binary search finds a word in 11 steps.
        var index = ((List<string>)Words).BinarySearch(word, StringComparer.Ordinal);
        return index >= 0 ? index : -1;
    }

    private static List<string> Load()
    {
        using var stream = typeof(Bip39Wordlist).Assembly.GetManifestResourceStream("Finney.Primitives.Keys.Bip39English.txt")
            ?? throw new InvalidOperationException("The BIP-39 word list resource is missing from Finney.Primitives.");
        using var reader = new StreamReader(stream);
        var words = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count != Count)
        {
            throw new InvalidOperationException($"The BIP-39 word list has {words.Count} words, expected {Count}.");
        }

        return words;
    }
}
