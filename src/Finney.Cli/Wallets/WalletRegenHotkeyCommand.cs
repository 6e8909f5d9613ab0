using Spectre.Console.Cli;

namespace Finney.Cli.Wallets;

/// <summary><c>finney wallet regen-hotkey</c>: a hotkey again from its mnemonic, seed or a JSON export.</summary>
internal sealed class WalletRegenHotkeyCommand(CliConsole console) : Command<WalletRegenOptions>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, WalletRegenOptions settings, CancellationToken cancellationToken)
    {
        var session = new WalletSession(console, settings);
        var wallet = settings.OpenWallet(console);
        if (!WalletKeyWriter.MayWriteHotkey(session, wallet, settings))
        {
            throw new CliException("Nothing was written: the existing hotkey was kept.", CliException.Failure);
        }

        using var key = WalletKeySource.Read(session, settings, "hotkey");
        WalletKeyWriter.WriteHotkey(session, wallet, key, settings);
        WalletKeySource.Report(session, wallet, "hotkey", key, wallet.Hotkey().Path);
        return 0;
    }
}
