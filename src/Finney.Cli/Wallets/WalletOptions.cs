using System.ComponentModel;
using Finney.Cli.Config;
using Finney.Sdk.Wallets;
using Spectre.Console.Cli;

namespace Finney.Cli.Wallets;

/// <summary>
/// Options every <c>finney wallet</c> command shares, in btcli's dashed and underscore spellings; the dotted ones
/// (<c>--wallet.name</c>) arrive dashed (<see cref="DottedOptions"/>).
/// </summary>
internal class WalletOptions : CommandSettings
{
    [CommandOption("--wallet-name|--wallet_name|--name <NAME>")]
    [Description("Wallet name (default: $BT_WALLET_NAME, else \"default\").")]
    public string? WalletName { get; init; }

    [CommandOption("--wallet-path|--wallet_path <PATH>")]
    [Description("Directory holding the wallets (default: $BT_WALLET_PATH, else ~/.bittensor/wallets).")]
    public string? WalletPath { get; init; }

    [CommandOption("--wallet-hotkey|--wallet_hotkey|--hotkey <HOTKEY>")]
    [Description("Hotkey name (default: $BT_WALLET_HOTKEY, else \"default\").")]
    public string? WalletHotkey { get; init; }

    [CommandOption("-y|--no-prompt|--no_prompt|--yes")]
    [Description("Never ask: confirmations count as declined unless a flag allows the action; passwords come from the environment.")]
    public bool NoPrompt { get; init; }

    [CommandOption("--json-output|--json_output|--json-out")]
    [Description("Print the result as JSON.")]
    public bool JsonOutput { get; init; }

    /// <summary>
    /// The wallet directory root: the option, else <c>$BT_WALLET_PATH</c>, else btcli's config.yml, else
    /// <c>~/.bittensor/wallets</c>.
    /// </summary>
    public string Root(CliConsole console)
    {
        var configured = console.Variable(WalletPaths.RootVariable) is { Length: > 0 } ? null : BtcliConfig.Load(console).Get("wallet_path");
        return WalletPaths.ResolveRoot(WalletPath ?? configured, console.Variable);
    }

    /// <summary>
    /// The wallet these options name; unset names come from <c>$BT_WALLET_NAME</c> and <c>$BT_WALLET_HOTKEY</c>,
    /// else btcli's config.yml, else "default".
    /// </summary>
    public Wallet OpenWallet(CliConsole console)
    {
        var config = BtcliConfig.Load(console);
        try
        {
            return new Wallet(
                Root(console),
                WalletName ?? console.Variable("BT_WALLET_NAME") ?? config.Get("wallet_name") ?? WalletPaths.DefaultName,
                WalletHotkey ?? console.Variable("BT_WALLET_HOTKEY") ?? config.Get("wallet_hotkey") ?? WalletPaths.DefaultName);
        }
        catch (ArgumentException exception)
        {
            throw new CliException(exception.Message);
        }
    }
}
