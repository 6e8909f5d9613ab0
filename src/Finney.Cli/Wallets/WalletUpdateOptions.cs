using System.ComponentModel;
using Spectre.Console.Cli;

namespace Finney.Cli.Wallets;

/// <summary>Options of <c>wallet update</c>.</summary>
internal sealed class WalletUpdateOptions : WalletOptions
{
    [CommandOption("--all|-a")]
    [Description("Update every wallet under the wallet path.")]
    public bool All { get; init; }
}
