using System.ComponentModel;
using Spectre.Console.Cli;

namespace Finney.Cli.Wallets;

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
