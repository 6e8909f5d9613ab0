using Spectre.Console.Cli;

namespace Finney.Cli.Wallets;

/// <summary><c>finney wallet new-hotkey</c>: a new hotkey from a fresh mnemonic.</summary>
internal sealed class WalletNewHotkeyCommand(CliConsole console) : Command<WalletNewOptions>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, WalletNewOptions settings, CancellationToken cancellationToken) =>
        WalletNewKeys.Run(console, settings, coldkey: false, hotkey: true);
}
