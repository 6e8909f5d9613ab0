using Finney.Sdk.Wallets;

namespace Finney.Cli.Wallets;

/// <summary>What create, new-coldkey and new-hotkey share.</summary>
internal static class WalletNewKeys
{
    /// <summary>Makes the asked keys; existing files are replaced only with --overwrite or a "yes".</summary>
    public static int Run(CliConsole console, WalletNewOptions settings, bool coldkey, bool hotkey)
    {
        var session = new WalletSession(console, settings);
        var wallet = settings.OpenWallet(console);
        var writeCold = coldkey && WalletKeyWriter.MayWriteColdkey(session, wallet, settings);
        var writeHot = hotkey && WalletKeyWriter.MayWriteHotkey(session, wallet, settings);
        if (!writeCold && !writeHot)
        {
            throw new CliException("Nothing was written: the existing keys were kept.", CliException.Failure);
        }

        using var cold = writeCold ? WalletKey.Generate(settings.Words) : null;
        using var hot = writeHot ? WalletKey.Generate(settings.Words) : null;
        if (cold is not null)
        {
            WalletKeyWriter.WriteColdkey(session, wallet, cold, settings);
            session.ShowMnemonic("coldkey", cold.Mnemonic!, wallet);
        }

        if (hot is not null)
        {
            WalletKeyWriter.WriteHotkey(session, wallet, hot, settings);
            session.ShowMnemonic("hotkey", hot.Mnemonic!, wallet);
        }

        Report(session, wallet, cold, hot);
        return 0;
    }

    private static void Report(WalletSession session, Wallet wallet, WalletKey? cold, WalletKey? hot)
    {
        if (session.JsonOutput)
        {
            session.WriteJson(new
            {
                Name = wallet.Name,
                Path = wallet.Root,
                ColdkeySs58 = cold?.Ss58Address,
                ColdkeyMnemonic = cold?.Mnemonic,
                Hotkey = hot is null ? null : wallet.HotkeyName,
                HotkeySs58 = hot?.Ss58Address,
                HotkeyMnemonic = hot?.Mnemonic,
            });
            return;
        }

        if (cold is not null)
        {
            session.Console.Out.WriteLine($"Coldkey of wallet '{wallet.Name}': {cold.Ss58Address} ({wallet.Coldkey.Path})");
        }

        if (hot is not null)
        {
            session.Console.Out.WriteLine($"Hotkey '{wallet.HotkeyName}' of wallet '{wallet.Name}': {hot.Ss58Address} ({wallet.Hotkey().Path})");
        }
    }
}
