using System.ComponentModel;
using Spectre.Console.Cli;

namespace Finney.Cli.Wallets;

/// <summary>Options of <c>wallet verify</c>.</summary>
internal sealed class WalletVerifyOptions : WalletOptions
{
    [CommandOption("-m|--message <MESSAGE>")]
    [Description("The message: text, or 0x-prefixed hex bytes. Read from standard input when absent.")]
    public string? Message { get; init; }

    [CommandOption("-s|--signature <SIGNATURE>")]
    [Description("The 64-byte signature as 0x hex.")]
    public string? Signature { get; init; }

    [CommandOption("-a|--address|--ss58|--ss58-address|--public-key|--public_key <SIGNER>")]
    [Description("The signer's SS58 address or 0x public key (default: the wallet's coldkey, or its hotkey with --use-hotkey).")]
    public string? Signer { get; init; }

    [CommandOption("--use-hotkey|--use_hotkey")]
    [Description("Without --address, check against the wallet's hotkey.")]
    public bool UseHotkey { get; init; }
}
