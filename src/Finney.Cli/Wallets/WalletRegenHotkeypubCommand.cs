using Finney.Sdk.Wallets;
using Spectre.Console.Cli;

namespace Finney.Cli.Wallets;

/// <summary><c>finney wallet regen-hotkeypub</c>: a hotkey's <c>pub.txt</c> from an address or public key.</summary>
internal sealed class WalletRegenHotkeypubCommand(CliConsole console) : Command<WalletRegenPublicOptions>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, WalletRegenPublicOptions settings, CancellationToken cancellationToken)
    {
        var session = new WalletSession(console, settings);
        var wallet = settings.OpenWallet(console);
        using var key = WalletKey.FromPublicKey(WalletKeySource.AskAccount(session, settings));
        if (!session.MayOverwrite(settings.Overwrite, wallet.HotkeyPub()))
        {
            throw new CliException("Nothing was written: the existing hotkey pub.txt was kept.", CliException.Failure);
        }

        WalletKeyWriter.Save(() => wallet.SaveHotkeyPub(key, overwrite: true));
        WalletKeySource.Report(session, wallet, "hotkeypub", key, wallet.HotkeyPub().Path);
        return 0;
    }
}
