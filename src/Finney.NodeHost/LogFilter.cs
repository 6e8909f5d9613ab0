using Microsoft.Extensions.Logging;

namespace Finney.NodeHost;

/// <summary>
/// Substrate's <c>--log</c> syntax: a default level and <c>target=level</c> pairs, comma-separated
/// (<c>info,txpool=debug</c>). Targets are the node's log categories: substrate, aura, txpool, rpc.
/// </summary>
internal sealed record LogFilter(LogLevel Default, IReadOnlyDictionary<string, LogLevel> Targets, IReadOnlyList<string> Problems)
{
    /// <summary>Parses the pattern (null: info for everything).</summary>
    public static LogFilter Parse(string? pattern)
    {
        var level = LogLevel.Information;
        var targets = new Dictionary<string, LogLevel>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var part in (pattern ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var levelText = equals < 0 ? part : part[(equals + 1)..];
            if (!TryLevel(levelText, out var parsed))
            {
                problems.Add($"--log: '{levelText}' is not a level (error, warn, info, debug, trace, off)");
                continue;
            }

            if (equals < 0)
            {
                level = parsed;
            }
            else
            {
                targets[part[..equals]] = parsed;
            }
        }

        return new LogFilter(level, targets, problems);
    }

    /// <summary>Applies the filter to a logging builder; ASP.NET's own chatter stays at warnings.</summary>
    public void Apply(ILoggingBuilder logging)
    {
        logging.SetMinimumLevel(Default);
        logging.AddFilter("Microsoft", Default > LogLevel.Warning ? Default : LogLevel.Warning);
        foreach (var (target, level) in Targets)
        {
            logging.AddFilter(target, level);
        }
    }

    private static bool TryLevel(string text, out LogLevel level)
    {
        (var ok, level) = text.ToLowerInvariant() switch
        {
            "error" => (true, LogLevel.Error),
            "warn" or "warning" => (true, LogLevel.Warning),
            "info" => (true, LogLevel.Information),
            "debug" => (true, LogLevel.Debug),
            "trace" => (true, LogLevel.Trace),
            "off" => (true, LogLevel.None),
            _ => (false, LogLevel.None),
        };
        return ok;
    }
}
