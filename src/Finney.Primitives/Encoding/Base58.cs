namespace Finney.Primitives.Encoding;

/// <summary>Base58 with the Bitcoin alphabet, as SS58 addresses use it.</summary>
public static class Base58
{
    private const string Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    private static readonly sbyte[] DigitOf = BuildDigitTable();

    /// <summary>Encodes bytes; each leading zero byte becomes a leading '1'.</summary>
    public static string Encode(ReadOnlySpan<byte> data)
    {
        var zeros = 0;
        while (zeros < data.Length && data[zeros] == 0)
        {
            zeros++;
        }

        // log(256)/log(58) < 1.37, so this many base-58 digits always suffice.
        Span<byte> digits = stackalloc byte[((data.Length - zeros) * 137 / 100) + 1];
        var length = 0;
        foreach (var b in data[zeros..])
        {
            int carry = b;
            for (var i = 0; i < length; i++)
            {
                carry += digits[i] << 8;
                digits[i] = (byte)(carry % 58);
                carry /= 58;
            }

            while (carry > 0)
            {
                digits[length++] = (byte)(carry % 58);
                carry /= 58;
            }
        }

        var text = new char[zeros + length];
        text.AsSpan(0, zeros).Fill('1');
        for (var i = 0; i < length; i++)
        {
            text[zeros + i] = Alphabet[digits[length - 1 - i]];
        }

        return new string(text);
    }

    /// <summary>Decodes Base58 text; false when a character is outside the alphabet.</summary>
    public static bool TryDecode(ReadOnlySpan<char> text, out byte[] data)
    {
        data = [];
        var zeros = 0;
        while (zeros < text.Length && text[zeros] == '1')
        {
            zeros++;
        }

        // log(58)/log(256) < 0.733, so this many bytes always suffice.
        Span<byte> bytes = stackalloc byte[((text.Length - zeros) * 733 / 1000) + 1];
        var length = 0;
        foreach (var c in text[zeros..])
        {
            var digit = c < 128 ? DigitOf[c] : (sbyte)-1;
            if (digit < 0)
            {
                return false;
            }

            int carry = digit;
            for (var i = 0; i < length; i++)
            {
                carry += bytes[i] * 58;
                bytes[i] = (byte)carry;
                carry >>= 8;
            }

            while (carry > 0)
            {
                bytes[length++] = (byte)carry;
                carry >>= 8;
            }
        }

        data = new byte[zeros + length];
        for (var i = 0; i < length; i++)
        {
            data[zeros + i] = bytes[length - 1 - i];
        }

        return true;
    }

    private static sbyte[] BuildDigitTable()
    {
        var table = new sbyte[128];
        Array.Fill(table, (sbyte)-1);
        for (var i = 0; i < Alphabet.Length; i++)
        {
            table[Alphabet[i]] = (sbyte)i;
        }

        return table;
    }
}
