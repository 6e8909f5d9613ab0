namespace Finney.Primitives.Encoding;

/// <summary>
/// Hex as Substrate tools write it: lowercase with a <c>0x</c> prefix on output; on input the prefix is
/// optional and either case is accepted.
/// </summary>
public static class Hex
{
    /// <summary>Encodes bytes as <c>0x</c> followed by lowercase hex digits.</summary>
    public static string Encode(ReadOnlySpan<byte> bytes) => "0x" + Convert.ToHexStringLower(bytes);

    /// <summary>Encodes bytes as lowercase hex digits without a prefix.</summary>
    public static string EncodeBare(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(bytes);

    /// <summary>Decodes hex with or without a <c>0x</c> prefix.</summary>
    /// <exception cref="FormatException">The text has an odd length or a character that is not a hex digit.</exception>
    public static byte[] Decode(ReadOnlySpan<char> text)
    {
        if (!TryDecode(text, out var bytes))
        {
            throw new FormatException($"'{Shorten(text)}' is not hex: expected an even number of 0-9/a-f digits, optionally after 0x.");
        }

        return bytes;
    }

    /// <summary>Decodes hex with or without a <c>0x</c> prefix; false when the text is not valid hex.</summary>
    public static bool TryDecode(ReadOnlySpan<char> text, out byte[] bytes)
    {
        var digits = StripPrefix(text);
        bytes = [];
        if (digits.Length % 2 != 0)
        {
            return false;
        }

        var result = new byte[digits.Length / 2];
        if (Convert.FromHexString(digits, result, out _, out _) != System.Buffers.OperationStatus.Done)
        {
            return false;
        }

        bytes = result;
        return true;
    }

    /// <summary>True when the text starts with <c>0x</c> or <c>0X</c>.</summary>
    public static bool HasPrefix(ReadOnlySpan<char> text) => text.Length >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X');

    private static ReadOnlySpan<char> StripPrefix(ReadOnlySpan<char> text) => HasPrefix(text) ? text[2..] : text;

    private static string Shorten(ReadOnlySpan<char> text) => text.Length <= 40 ? text.ToString() : string.Concat(text[..37], "...");
}
