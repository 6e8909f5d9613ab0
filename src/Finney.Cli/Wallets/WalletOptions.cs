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

/// <summary>Options of commands that write keys.</summary>
internal class WalletWriteOptions : WalletOptions
{
    [CommandOption("--overwrite|--overwrite-coldkey|--overwrite_coldkey|--overwrite-hotkey|--overwrite_hotkey")]
    [Description("Replace existing keyfiles without asking.")]
    public bool Overwrite { get; init; }

    [CommandOption("--no-password|--no_password")]
    [Description("Leave the coldkey unencrypted (not recommended).")]
    public bool NoPassword { get; init; }

    [CommandOption("--use-password|--use_password")]
    [Description("Encrypt the hotkey too (hotkeys are unencrypted by default so miners and validators start unattended).")]
    public bool UsePassword { get; init; }
}

/// <summary>Options of commands that make new keys.</summary>
internal class WalletNewOptions : WalletWriteOptions
{
    [CommandOption("--n-words|--n_words|--words <WORDS>")]
    [Description("Words in the new mnemonic: 12 (default), 15, 18, 21 or 24.")]
    public int Words { get; init; } = 12;

    /// <inheritdoc />
    public override Spectre.Console.ValidationResult Validate() =>
        Primitives.Keys.Mnemonic.ValidWordCounts.Contains(Words)
            ? Spectre.Console.ValidationResult.Success()
            : Spectre.Console.ValidationResult.Error($"--n-words: {Words} is not one of 12, 15, 18, 21, 24.");
}

/// <summary>Options of the regen commands that take a secret.</summary>
internal class WalletRegenOptions : WalletWriteOptions
{
    [CommandOption("--mnemonic <MNEMONIC>")]
    [Description("The mnemonic, quoted as one argument (\"word1 word2 …\").")]
    public string? Mnemonic { get; init; }

    [CommandOption("--seed <SEED>")]
    [Description("The 32-byte seed as 0x hex (the keyfile's secretSeed).")]
    public string? Seed { get; init; }

    [CommandOption("--json|--json-path|--json_path <FILE>")]
    [Description("An account exported from polkadot.js (apps or extension) as JSON.")]
    public string? Json { get; init; }

    [CommandOption("--json-password|--json_password <PASSWORD>")]
    [Description("The password of the JSON export (asked when absent and interactive).")]
    public string? JsonPassword { get; init; }
}
