using System.ComponentModel;
using Spectre.Console.Cli;

namespace Finney.Cli.Wallets;

/// <summary>Options of <c>wallet sign</c>.</summary>
internal sealed class WalletSignOptions : WalletOptions
{
    [CommandOption("-m|--message <MESSAGE>")]
    [Description("The message: text, or 0x-prefixed hex bytes. Read from standard input when absent.")]
    public string? Message { get; init; }

    [CommandOption("--use-hotkey|--use_hotkey")]
    [Description("Sign with the hotkey instead of the coldkey.")]
    public bool UseHotkey { get; init; }
}
