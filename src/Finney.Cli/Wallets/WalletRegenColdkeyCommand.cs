using Spectre.Console.Cli;

namespace Finney.Cli.Wallets;

/// <summary><c>finney wallet regen-coldkey</c>: the coldkey again from its mnemonic, seed or a polkadot.js JSON export.</summary>
internal sealed class WalletRegenColdkeyCommand(CliConsole console) : Command<WalletRegenOptions>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, WalletRegenOptions settings, CancellationToken cancellationToken)
    {
        var session = new WalletSession(console, settings);
        var wallet = settings.OpenWallet(console);
        if (!WalletKeyWriter.MayWriteColdkey(session, wallet, settings))
        {
            throw new CliException("Nothing was written: the existing coldkey was kept.", CliException.Failure);
        }

        using var key = WalletKeySource.Read(session, settings, "coldkey");
        WalletKeyWriter.WriteColdkey(session, wallet, key, settings);
        WalletKeySource.Report(session, wallet, "coldkey", key, wallet.Coldkey.Path);
        return 0;
    }
}
