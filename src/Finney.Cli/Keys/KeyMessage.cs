using Finney.Primitives.Encoding;

namespace Finney.Cli.Keys;

/// <summary>The bytes a sign or verify command works on.</summary>
internal static class KeyMessage
{
    /// <summary>
    /// The message from <c>--message</c>, or all of standard input when absent. With <c>--hex</c> the
    /// text must be hex; without it, 0x-prefixed hex is taken as bytes (as polkadot.js does) and
    /// anything else as UTF-8 text.
    /// </summary>
    public static byte[] Read(string? message, bool hex, CliConsole console)
    {
        var text = message ?? console.In.ReadToEnd();
        if (hex)
        {
            return Hex.TryDecode(text.Trim(), out var bytes)
                ? bytes
                : throw new CliException("--hex: the message is not valid hex.");
        }

        return Hex.HasPrefix(text) && Hex.TryDecode(text, out var raw) ? raw : System.Text.Encoding.UTF8.GetBytes(text);
    }
}
