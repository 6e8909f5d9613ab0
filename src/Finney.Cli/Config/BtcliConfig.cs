namespace Finney.Cli.Config;

/// <summary>
/// btcli's defaults file, <c>~/.bittensor/config.yml</c>: flat <c>key: value</c> lines (<c>wallet_name</c>,
/// <c>wallet_path</c>, <c>wallet_hotkey</c>, <c>network</c>…) as btcli ≥ 8 writes them with <c>yaml.safe_dump</c>.
/// Finney reads the keys it shares with btcli and writes only those, leaving every other line as it was. A flag
/// wins over an environment variable, which wins over this file.
/// </summary>
internal sealed class BtcliConfig
{
    /// <summary>The keys Finney reads and writes.</summary>
    public static readonly string[] Keys = ["wallet_name", "wallet_path", "wallet_hotkey", "network"];

    private readonly Dictionary<string, string> _values;

    private BtcliConfig(string? path, Dictionary<string, string> values)
    {
        Path = path;
        _values = values;
    }

    /// <summary>The file (under <c>$HOME</c>), or null when there is no home directory to look in.</summary>
    public string? Path { get; }

    /// <summary>Reads the file of <paramref name="console"/>'s <c>$HOME</c>; a missing file is an empty config.</summary>
    public static BtcliConfig Load(CliConsole console)
    {
        var path = console.Variable("HOME") is { Length: > 0 } home ? System.IO.Path.Combine(home, ".bittensor", "config.yml") : null;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (path is null || !File.Exists(path))
        {
            return new BtcliConfig(path, values);
        }

        try
        {
            foreach (var line in File.ReadAllLines(path))
            {
                if (TryParse(line, out var key, out var value) && value is not null)
                {
                    values[key] = value;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"Cannot read {path}: {exception.Message}", exception, CliException.Failure);
        }

        return new BtcliConfig(path, values);
    }

    /// <summary>The value of <paramref name="key"/>, or null when unset (or <c>null</c> in the file).</summary>
    public string? Get(string key) => _values.TryGetValue(key, out var value) ? value : null;

    /// <summary>Sets keys (null clears one) and rewrites the file, keeping lines Finney does not own.</summary>
    public void Save(IReadOnlyDictionary<string, string?> changes)
    {
        var path = Path ?? throw new CliException("$HOME is not set, so there is no ~/.bittensor/config.yml to write.");
        var lines = File.Exists(path) ? File.ReadAllLines(path).ToList() : [];
        foreach (var (key, value) in changes)
        {
            var line = $"{key}: {(value is null ? "null" : Quote(value))}";
            var index = lines.FindIndex(l => TryParse(l, out var k, out _) && k == key);
            if (index >= 0)
            {
                lines[index] = line;
            }
            else
            {
                lines.Add(line);
            }

            if (value is null)
            {
                _values.Remove(key);
            }
            else
            {
                _values[key] = value;
            }
        }

        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllLines(path, lines);
    }

    private static bool TryParse(string line, out string key, out string? value)
    {
        key = string.Empty;
        value = null;
        // Only top-level scalars: nested blocks (btcli's metagraph_cols) are indented and stay untouched.
        if (line.Length == 0 || char.IsWhiteSpace(line[0]) || line[0] == '#')
        {
            return false;
        }

        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        key = line[..colon].Trim();
        var text = line[(colon + 1)..].Trim();
        value = text is "" or "null" or "~" ? null : Unquote(text);
        return true;
    }

    private static string Unquote(string text) =>
        text.Length >= 2 && (text[0] == '\'' || text[0] == '"') && text[^1] == text[0]
            ? text[1..^1].Replace(text[0] == '\'' ? "''" : "\\\"", text[0] == '\'' ? "'" : "\"", StringComparison.Ordinal)
            : text;

    // Quoted only when YAML would otherwise read something else (a colon-space, a leading special character…).
    private static string Quote(string value) =>
        value.Length > 0 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or '/' or '~' or ':') && !value.Contains(": ", StringComparison.Ordinal) && value is not ("null" or "true" or "false")
            ? value
            : "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
