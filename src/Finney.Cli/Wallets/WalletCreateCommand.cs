using Spectre.Console.Cli;

namespace Finney.Cli.Wallets;

/// <summary><c>finney wallet create</c>: a new coldkey and hotkey, each from a fresh mnemonic.</summary>
internal sealed class WalletCreateCommand(CliConsole console) : Command<WalletNewOptions>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, WalletNewOptions settings, CancellationToken cancellationToken) =>
        WalletNewKeys.Run(console, settings, coldkey: true, hotkey: true);
}
