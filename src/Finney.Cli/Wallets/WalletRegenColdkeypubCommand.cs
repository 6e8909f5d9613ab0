using Finney.Sdk.Wallets;
using Spectre.Console.Cli;

namespace Finney.Cli.Wallets;

/// <summary><c>finney wallet regen-coldkeypub</c>: a watch-only <c>coldkeypub.txt</c> from an address or public key.</summary>
internal sealed class WalletRegenColdkeypubCommand(CliConsole console) : Command<WalletRegenPublicOptions>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, WalletRegenPublicOptions settings, CancellationToken cancellationToken)
    {
        var session = new WalletSession(console, settings);
        var wallet = settings.OpenWallet(console);
        using var key = WalletKey.FromPublicKey(WalletKeySource.AskAccount(session, settings));
        if (!session.MayOverwrite(settings.Overwrite, wallet.ColdkeyPub))
        {
            throw new CliException("Nothing was written: the existing coldkeypub.txt was kept.", CliException.Failure);
        }

        WalletKeyWriter.Save(() => wallet.SaveColdkeyPub(key, overwrite: true));
        WalletKeySource.Report(session, wallet, "coldkeypub", key, wallet.ColdkeyPub.Path);
        return 0;
    }
}
