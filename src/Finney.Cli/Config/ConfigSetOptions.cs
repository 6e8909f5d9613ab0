using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Finney.Cli.Config;

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
