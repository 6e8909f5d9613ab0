using System.ComponentModel;
using Spectre.Console.Cli;

namespace Finney.Cli.Wallets;

/// <summary>Options of <c>wallet balance</c>.</summary>
internal sealed class WalletBalanceOptions : WalletChainOptions
{
    [CommandOption("-a|--all")]
    [Description("Every wallet under the wallet path.")]
    public bool All { get; init; }

    [CommandOption("--ss58|--ss58-address|--ss58_address <ADDRESS>")]
    [Description("Addresses to show instead of wallets (repeat the option for several).")]
    public string[] Addresses { get; init; } = [];
}
