using Spectre.Console.Cli;

namespace Finney.Cli.Wallets;

/// <summary><c>finney wallet new-coldkey</c>: a new coldkey from a fresh mnemonic.</summary>
internal sealed class WalletNewColdkeyCommand(CliConsole console) : Command<WalletNewOptions>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, WalletNewOptions settings, CancellationToken cancellationToken) =>
        WalletNewKeys.Run(console, settings, coldkey: true, hotkey: false);
}
