using System.ComponentModel;
using Spectre.Console.Cli;

namespace Finney.Cli.Wallets;

/// <summary>Options of <c>wallet transfer</c>.</summary>
internal sealed class WalletTransferOptions : WalletChainOptions
{
    [CommandOption("-d|--destination|--dest <SS58>")]
    [Description("The recipient's SS58 address (or 0x public key).")]
    public string? Destination { get; init; }

    [CommandOption("--amount <TAO>")]
    [Description("Amount in TAO (up to nine decimals; \"500 rao\" for RAO).")]
    public string? Amount { get; init; }

    [CommandOption("--all")]
    [Description("Send everything (keeping the existential deposit unless --allow-death).")]
    public bool All { get; init; }

    [CommandOption("--allow-death|--allow_death")]
    [Description("Allow the coldkey to fall below the existential deposit and be reaped.")]
    public bool AllowDeath { get; init; }

    [CommandOption("--period|--era <BLOCKS>")]
    [Description("Blocks the transaction stays valid (default 64; 0 = immortal).")]
    public ulong Period { get; init; } = 64;

    [CommandOption("--wait-for-finalization|--wait_for_finalization")]
    [Description("Wait until the block is finalized, not only until inclusion.")]
    public bool WaitForFinalization { get; init; }
}
