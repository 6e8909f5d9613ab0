using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Finney.Cli.Config;

/// <summary>The <c>finney config</c> branch (btcli's <c>config</c>): defaults kept in <c>~/.bittensor/config.yml</c>.</summary>
internal static class ConfigCommands
{
    /// <summary>Adds the branch to the command tree.</summary>
    public static void Register(IConfigurator config) => config.AddBranch("config", branch =>
    {
        branch.SetDescription("Defaults for wallet name, path, hotkey and network, shared with btcli (~/.bittensor/config.yml).");
        branch.AddCommand<ConfigGetCommand>("get").WithDescription("Show the defaults.");
        branch.AddCommand<ConfigSetCommand>("set").WithDescription("Set defaults (an empty value clears one).")
            .WithExample("config", "set", "--wallet.name", "miner", "--network", "local");
    }).WithAlias("c").WithAlias("conf");
}

/// <summary>Options of <c>config set</c>.</summary>
internal sealed class ConfigSetOptions : CommandSettings
{
    [CommandOption("--wallet-name|--wallet_name|--name <NAME>")]
    [Description("Default wallet name.")]
    public string? WalletName { get; init; }

    [CommandOption("--wallet-path|--wallet_path <PATH>")]
    [Description("Default wallet directory.")]
    public string? WalletPath { get; init; }

    [CommandOption("--wallet-hotkey|--wallet_hotkey|--hotkey <HOTKEY>")]
    [Description("Default hotkey name.")]
    public string? WalletHotkey { get; init; }

    [CommandOption("--network|--subtensor-network|--subtensor_network|--chain <NETWORK>")]
    [Description("Default network: finney, test, archive, local or a ws:// URL.")]
    public string? Network { get; init; }

    /// <summary>The keys given, by btcli's name; an empty value clears.</summary>
    public Dictionary<string, string?> Changes()
    {
        var changes = new Dictionary<string, string?>(StringComparer.Ordinal);
        void Add(string key, string? value)
        {
            if (value is not null)
            {
                changes[key] = value.Length == 0 ? null : value;
            }
        }

        Add("wallet_name", WalletName);
        Add("wallet_path", WalletPath);
        Add("wallet_hotkey", WalletHotkey);
        Add("network", Network);
        return changes;
    }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Changes().Count == 0 ? ValidationResult.Error("Give at least one of --wallet.name, --wallet.path, --wallet.hotkey, --network.") : ValidationResult.Success();
}

/// <summary><c>finney config set</c>.</summary>
internal sealed class ConfigSetCommand(CliConsole console) : Command<ConfigSetOptions>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, ConfigSetOptions settings, CancellationToken cancellationToken)
    {
        var changes = settings.Changes();
        if (changes.TryGetValue("network", out var network) && network is not null
            && !Sdk.Chain.NetworkEndpoints.TryResolve(network, _ => null, out _, out var error))
        {
            throw new CliException($"--network: {error}");
        }

        var config = BtcliConfig.Load(console);
        config.Save(changes);
        foreach (var (key, value) in changes)
        {
            console.Out.WriteLine(value is null ? $"{key} cleared" : $"{key} = {value}");
        }

        return 0;
    }
}

/// <summary><c>finney config get</c>.</summary>
internal sealed class ConfigGetCommand(CliConsole console) : Command<ConfigGetCommand.Settings>
{
    /// <summary>Options of <c>config get</c>.</summary>
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--json-output|--json_output|--json-out")]
        [Description("Print the defaults as JSON.")]
        public bool JsonOutput { get; init; }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var config = BtcliConfig.Load(console);
        if (settings.JsonOutput)
        {
            var values = BtcliConfig.Keys.ToDictionary(k => k, config.Get);
            console.Out.WriteLine(System.Text.Json.JsonSerializer.Serialize(values));
            return 0;
        }

        var table = new Table().Title(Markup.Escape(config.Path ?? "(no $HOME)")).AddColumns("KEY", "VALUE");
        foreach (var key in BtcliConfig.Keys)
        {
            table.AddRow(key, Markup.Escape(config.Get(key) ?? "-"));
        }

        console.Ansi.Write(table);
        return 0;
    }
}
