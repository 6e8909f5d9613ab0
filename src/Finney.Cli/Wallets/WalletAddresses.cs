using Finney.Primitives.Accounts;
using Finney.Sdk.Wallets;

namespace Finney.Cli.Wallets;

/// <summary>Public addresses of a wallet's keys, read without any password (coldkeypub.txt, hotkey pub halves).</summary>
internal static class WalletAddresses
{
    /// <summary>The coldkey's account, or null when the wallet has no readable public half.</summary>
    public static AccountId32? Coldkey(Wallet wallet) => Read(wallet.OpenColdkeyPublic);

    /// <summary>A hotkey's account, or null when unreadable.</summary>
    public static AccountId32? Hotkey(Wallet wallet, string name) => Read(() => wallet.OpenHotkeyPublic(name));

    private static AccountId32? Read(Func<WalletKey?> open)
    {
        try
        {
            using var key = open();
            return key?.AccountId;
        }
        catch (KeyfileException)
        {
            return null;
        }
    }
}
