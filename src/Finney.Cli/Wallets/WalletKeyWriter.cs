using Finney.Sdk.Wallets;

namespace Finney.Cli.Wallets;

/// <summary>Writes new or regenerated keys into the wallet tree, asking before anything is replaced.</summary>
internal static class WalletKeyWriter
{
    /// <summary>Whether the coldkey may be written (asked before any password prompt, so a "no" costs nothing).</summary>
    public static bool MayWriteColdkey(WalletSession session, Wallet wallet, WalletWriteOptions options) =>
        session.MayOverwrite(options.Overwrite, wallet.Coldkey, wallet.ColdkeyPub);

    /// <summary>Whether the hotkey may be written.</summary>
    public static bool MayWriteHotkey(WalletSession session, Wallet wallet, WalletWriteOptions options) =>
        session.MayOverwrite(options.Overwrite, wallet.Hotkey(), wallet.HotkeyPub());

    /// <summary>Writes the coldkey (encrypted unless <c>--no-password</c>) and <c>coldkeypub.txt</c>.</summary>
    public static void WriteColdkey(WalletSession session, Wallet wallet, WalletKey key, WalletWriteOptions options)
    {
        var password = options.NoPassword ? null : session.NewPassword(wallet.Coldkey, wallet.Name);
        Save(() => wallet.SaveColdkey(key, password, overwrite: true));
    }

    /// <summary>Writes the hotkey (unencrypted unless <c>--use-password</c>) and its <c>pub.txt</c>.</summary>
    public static void WriteHotkey(WalletSession session, Wallet wallet, WalletKey key, WalletWriteOptions options)
    {
        var password = options.UsePassword ? session.NewPassword(wallet.Hotkey(), walletName: null) : null;
        Save(() => wallet.SaveHotkey(key, password, overwrite: true));
    }

    /// <summary>Runs a save, turning keyfile and I/O errors into user messages.</summary>
    public static void Save(Action save)
    {
        try
        {
            save();
        }
        catch (KeyfileException exception)
        {
            throw WalletErrors.From(exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"Could not write the keyfile: {exception.Message}", exception, CliException.Failure);
        }
    }
}
