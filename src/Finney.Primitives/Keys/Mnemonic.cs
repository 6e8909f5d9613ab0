using System.Security.Cryptography;

namespace Finney.Primitives.Keys;

/// <summary>
/// BIP-39 English mnemonics as Substrate uses them (substrate-bip39): the phrase decodes to its
/// entropy, and the seed is PBKDF2-HMAC-SHA512 over the <em>entropy</em> (not the sentence, as plain
/// BIP-39 does) with salt "mnemonic" + password and 2048 rounds. The first 32 bytes are the sr25519
/// mini secret or the ed25519/ecdsa seed, so the same phrase gives different keys than Bitcoin wallets.
/// </summary>
public static class Mnemonic
{
    /// <summary>Word counts BIP-39 allows: 12, 15, 18, 21 or 24 (128 to 256 bits of entropy).</summary>
    public static IReadOnlyList<int> ValidWordCounts { get; } = [12, 15, 18, 21, 24];

    private const int Pbkdf2Rounds = 2048;

    /// <summary>A fresh phrase from the operating system's CSPRNG.</summary>
    /// <exception cref="ArgumentException">The word count is not 12, 15, 18, 21 or 24.</exception>
    public static string Generate(int words = 12)
    {
        if (!ValidWordCounts.Contains(words))
        {
            throw new ArgumentException($"A mnemonic has 12, 15, 18, 21 or 24 words, not {words}.", nameof(words));
        }

        var entropy = RandomNumberGenerator.GetBytes(words * 4 / 3);
        try
        {
            return FromEntropy(entropy);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(entropy);
        }
    }

    /// <summary>The phrase for 16, 20, 24, 28 or 32 bytes of entropy (checksum appended as BIP-39 defines).</summary>
    /// <exception cref="ArgumentException">The entropy length is not one BIP-39 allows.</exception>
    public static string FromEntropy(ReadOnlySpan<byte> entropy)
    {
        if (entropy.Length is < 16 or > 32 || entropy.Length % 4 != 0)
        {
            throw new ArgumentException($"BIP-39 entropy is 16, 20, 24, 28 or 32 bytes, not {entropy.Length}.", nameof(entropy));
        }

        var checksumBits = entropy.Length / 4;
        var checksum = SHA256.HashData(entropy)[0];
        var wordCount = (entropy.Length * 8 + checksumBits) / 11;
        var words = new string[wordCount];
        for (var w = 0; w < wordCount; w++)
        {
            var index = 0;
            for (var bit = w * 11; bit < (w + 1) * 11; bit++)
            {
                index = (index << 1) | BitAt(entropy, checksum, bit);
            }

            words[w] = Bip39Wordlist.Words[index];
        }

        return string.Join(' ', words);
    }

    /// <summary>Decodes a phrase to its entropy, checking the words and the checksum.</summary>
    /// <exception cref="FormatException">Wrong word count, an unknown word (named with its position) or a bad checksum.</exception>
    public static byte[] ToEntropy(string phrase)
    {
        var words = Words(phrase);
        if (!ValidWordCounts.Contains(words.Length))
        {
            throw new FormatException($"A mnemonic has 12, 15, 18, 21 or 24 words; this one has {words.Length}.");
        }

        var totalBits = words.Length * 11;
        var checksumBits = totalBits / 33;
        var entropy = new byte[(totalBits - checksumBits) / 8];
        var checksum = 0;
        for (var w = 0; w < words.Length; w++)
        {
            var index = Bip39Wordlist.IndexOf(words[w]);
            if (index < 0)
            {
                throw new FormatException($"Word {w + 1} ('{words[w]}') is not in the BIP-39 English word list.");
            }

            for (var b = 10; b >= 0; b--)
            {
                var bit = w * 11 + (10 - b);
                var value = (index >> b) & 1;
                if (bit < entropy.Length * 8)
                {
                    entropy[bit / 8] |= (byte)(value << (7 - (bit % 8)));
                }
                else
                {
                    checksum = (checksum << 1) | value;
                }
            }
        }

        var expected = SHA256.HashData(entropy)[0] >> (8 - checksumBits);
        if (checksum != expected)
        {
            CryptographicOperations.ZeroMemory(entropy);
            throw new FormatException("The mnemonic's checksum does not match: a word is wrong or the words are out of order.");
        }

        return entropy;
    }

    /// <summary>True when the phrase has a valid word count, known words and a correct checksum.</summary>
    public static bool IsValid(string phrase)
    {
        try
        {
            CryptographicOperations.ZeroMemory(ToEntropy(phrase));
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>The 64-byte substrate-bip39 seed: PBKDF2-HMAC-SHA512(entropy, "mnemonic" + password, 2048).</summary>
    public static byte[] ToSeed(string phrase, string password = "")
    {
        var entropy = ToEntropy(phrase);
        try
        {
            return SeedFromEntropy(entropy, password);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(entropy);
        }
    }

    /// <summary>The 32-byte mini secret (sr25519) or seed (ed25519, ecdsa): the first half of <see cref="ToSeed"/>.</summary>
    public static byte[] ToMiniSecret(string phrase, string password = "")
    {
        var seed = ToSeed(phrase, password);
        try
        {
            return seed[..32];
        }
        finally
        {
            CryptographicOperations.ZeroMemory(seed);
        }
    }

    /// <summary>PBKDF2-HMAC-SHA512 over raw entropy (exposed for entropy-based key files and tests).</summary>
    public static byte[] SeedFromEntropy(ReadOnlySpan<byte> entropy, string password = "")
    {
        // substrate-bip39 applies no Unicode normalisation to the password; neither does polkadot.js.
        var salt = System.Text.Encoding.UTF8.GetBytes("mnemonic" + password);
        return Rfc2898DeriveBytes.Pbkdf2(entropy, salt, Pbkdf2Rounds, HashAlgorithmName.SHA512, 64);
    }

    private static string[] Words(string phrase) =>
        phrase.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant())
            .ToArray();

    private static int BitAt(ReadOnlySpan<byte> entropy, byte checksum, int bit) =>
        bit < entropy.Length * 8
            ? (entropy[bit / 8] >> (7 - (bit % 8))) & 1
            : (checksum >> (7 - (bit - entropy.Length * 8))) & 1;
}
