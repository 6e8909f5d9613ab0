using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Finney.NodeHost;

/// <summary>
/// Every <c>finney-node</c> flag, spelled as Substrate spells it where Substrate has one. Each flag maps to
/// one property of one component's options record in <see cref="NodeConfiguration"/>.
/// </summary>
internal sealed class NodeSettings : CommandSettings
{
    [CommandOption("--dev")]
    [Description("Development chain: chain 'dev', //Alice authors and finalizes, a throw-away database unless --base-path is given.")]
    public bool Dev { get; init; }

    [CommandOption("--chain <SPEC>")]
    [Description("Chain specification: 'dev' or a path to a chain-spec JSON file.")]
    public string? Chain { get; init; }

    [CommandOption("-d|--base-path <PATH>")]
    [Description("Directory for the database (default ~/.local/share/finney-node; the database is chains/<id>/db inside it).")]
    public string? BasePath { get; init; }

    [CommandOption("--tmp")]
    [Description("Use a temporary directory for the database, deleted when the node stops.")]
    public bool Tmp { get; init; }

    [CommandOption("--rpc-port <PORT>")]
    [Description("JSON-RPC port for WebSocket and HTTP (default 9944; 0 picks a free port, logged at startup).")]
    public int RpcPort { get; init; } = 9944;

    [CommandOption("--rpc-external")]
    [Description("Listen for RPC on all interfaces instead of 127.0.0.1.")]
    public bool RpcExternal { get; init; }

    [CommandOption("--rpc-max-connections <COUNT>")]
    [Description("Most simultaneous RPC connections (default 100).")]
    public int RpcMaxConnections { get; init; } = 100;

    [CommandOption("--rpc-max-request-size <MB>")]
    [Description("Largest RPC request in MiB (default 15).")]
    public int RpcMaxRequestSize { get; init; } = 15;

    [CommandOption("--rpc-max-response-size <MB>")]
    [Description("Largest RPC response in MiB (default 15).")]
    public int RpcMaxResponseSize { get; init; } = 15;

    [CommandOption("--rpc-max-subscriptions-per-connection <COUNT>")]
    [Description("Most subscriptions on one connection (default 1024).")]
    public int RpcMaxSubscriptions { get; init; } = 1024;

    [CommandOption("--block-time <DURATION>")]
    [Description("Time between blocks: milliseconds, or with a unit (500ms, 12s). Default 12s.")]
    public string BlockTime { get; init; } = "12s";

    [CommandOption("--name <NAME>")]
    [Description("The node's name in logs.")]
    public string? Name { get; init; }

    [CommandOption("-l|--log <PATTERN>")]
    [Description("Log filter: a level (info, debug…) and/or target=level pairs, comma-separated (e.g. info,txpool=debug,rpc=trace).")]
    public string? Log { get; init; }

    [CommandOption("--pruning <BLOCKS>")]
    [Description("Blocks whose state is kept, or 'archive' for all (default 256).")]
    public string Pruning { get; init; } = "256";

    [CommandOption("--pool-limit <COUNT>")]
    [Description("Most transactions in the pool (default 8192).")]
    public int PoolLimit { get; init; } = 8192;

    [CommandOption("--pool-kbytes <KB>")]
    [Description("Most kilobytes of transactions in the pool (default 20480).")]
    public int PoolKbytes { get; init; } = 20480;

    /// <summary>The block time as a duration, or null when it does not parse.</summary>
    public TimeSpan? ParsedBlockTime => ParseDuration(BlockTime);

    /// <summary>The pruning depth: a block count, null for archive; throws on nonsense (reported by <see cref="Validate"/>).</summary>
    public uint? ParsedPruning => Pruning.Equals("archive", StringComparison.OrdinalIgnoreCase)
        ? null
        : uint.Parse(Pruning, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (ParsedBlockTime is null)
        {
            return ValidationResult.Error($"--block-time: '{BlockTime}' is not a duration (examples: 500, 500ms, 12s)");
        }

        if (!Pruning.Equals("archive", StringComparison.OrdinalIgnoreCase) && !uint.TryParse(Pruning, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return ValidationResult.Error($"--pruning: '{Pruning}' is neither a number of blocks nor 'archive'");
        }

        if (Chain is not null && Dev && Chain != "dev")
        {
            return ValidationResult.Error("--dev and --chain name different chains; use one of them");
        }

        if (Tmp && BasePath is not null)
        {
            return ValidationResult.Error("--tmp and --base-path both say where the database goes; use one of them");
        }

        if (!Dev && Chain is null)
        {
            return ValidationResult.Error("say which chain to run: --dev, or --chain <dev|spec.json>");
        }

        if (Chain is not null and not "dev" && !File.Exists(Chain))
        {
            return ValidationResult.Error($"--chain: no chain spec file at {Chain}");
        }

        return ValidationResult.Success();
    }

    private static TimeSpan? ParseDuration(string text)
    {
        var trimmed = text.Trim();
        var (digits, scale) = trimmed.EndsWith("ms", StringComparison.OrdinalIgnoreCase) ? (trimmed[..^2], 1.0)
            : trimmed.EndsWith('s') ? (trimmed[..^1], 1000.0)
            : (trimmed, 1.0);
        return double.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value > 0
            ? TimeSpan.FromMilliseconds(value * scale)
            : null;
    }
}
