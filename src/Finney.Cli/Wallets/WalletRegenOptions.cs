using System.ComponentModel;
using Spectre.Console.Cli;

namespace Finney.Cli.Wallets;

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
