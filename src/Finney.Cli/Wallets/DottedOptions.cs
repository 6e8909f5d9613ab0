namespace Finney.Cli.Wallets;

/// <summary>
/// btcli users type dotted option names (<c>--wallet.name</c>, <c>--wallet.hotkey</c>, <c>--subtensor.network</c>);
/// Spectre's tokenizer rejects dots in option names, so they are spelled with dashes before parsing.
/// </summary>
internal static class DottedOptions
{
    /// <summary>The arguments with each <c>--a.b</c> option name (before any <c>=value</c>) written <c>--a-b</c>.</summary>
    public static string[] Normalize(string[] args)
    {
        var result = (string[])args.Clone();
        for (var i = 0; i < result.Length; i++)
        {
            var arg = result[i];
            if (arg == "--")
            {
                break;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                continue;
            }

            var end = arg.IndexOf('=', StringComparison.Ordinal);
            var name = end < 0 ? arg : arg[..end];
            if (name.Contains('.', StringComparison.Ordinal) && name.Skip(2).All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
            {
                result[i] = name.Replace('.', '-') + (end < 0 ? string.Empty : arg[end..]);
            }
        }

        return result;
    }
}
