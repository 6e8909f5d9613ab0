using Spectre.Console.Cli;

namespace Finney.Cli.Wallets;

/// <summary>
/// The <c>finney wallet</c> branch: btcli ≥ 8 command names (dashed), with the underscore spellings of
/// SDK 6.x as aliases; the wallet tree and keyfiles are btcli's, so wallets move between the two freely.
/// </summary>
internal static class WalletCommands
{
    /// <summary>Adds the branch to the command tree.</summary>
    public static void Register(IConfigurator config) => config.AddBranch("wallet", wallet =>
        {
            wallet.SetDescription("Create, regenerate, list and use wallets (coldkeys and hotkeys), as btcli does.");
            wallet.AddCommand<WalletCreateCommand>("create")
                .WithDescription("Create a wallet: a new coldkey and a new hotkey.")
                .WithExample("wallet", "create", "--wallet.name", "miner", "--wallet.hotkey", "default");
            wallet.AddCommand<WalletNewColdkeyCommand>("new-coldkey").WithAlias("new_coldkey")
                .WithDescription("Create a new coldkey (encrypted unless --no-password).");
            wallet.AddCommand<WalletNewHotkeyCommand>("new-hotkey").WithAlias("new_hotkey")
                .WithDescription("Create a new hotkey (unencrypted unless --use-password).");
            wallet.AddCommand<WalletRegenColdkeyCommand>("regen-coldkey").WithAlias("regen_coldkey")
                .WithDescription("Regenerate a coldkey from its mnemonic, seed or a polkadot.js JSON export.")
                .WithExample("wallet", "regen-coldkey", "--mnemonic", "\"word1 word2 … word12\"");
            wallet.AddCommand<WalletRegenColdkeypubCommand>("regen-coldkeypub").WithAlias("regen_coldkeypub")
                .WithDescription("Write coldkeypub.txt from an address or public key (a watch-only wallet).");
            wallet.AddCommand<WalletRegenHotkeyCommand>("regen-hotkey").WithAlias("regen_hotkey")
                .WithDescription("Regenerate a hotkey from its mnemonic, seed or a JSON export.");
            wallet.AddCommand<WalletRegenHotkeypubCommand>("regen-hotkeypub").WithAlias("regen_hotkeypub")
                .WithDescription("Write a hotkey's pub.txt from an address or public key.");
            wallet.AddCommand<WalletListCommand>("list")
                .WithDescription("List the wallets and their hotkeys with addresses.");
            wallet.AddCommand<WalletInspectCommand>("inspect").WithAlias("show")
                .WithDescription("Show a wallet's keyfiles, their encryption and addresses (offline; no password needed).");
            wallet.AddCommand<WalletSignCommand>("sign")
                .WithDescription("Sign a message with the coldkey (or --use-hotkey).");
            wallet.AddCommand<WalletVerifyCommand>("verify")
                .WithDescription("Verify a signature (also over <Bytes>…</Bytes>, as polkadot.js signs text).");
            wallet.AddCommand<WalletBalanceCommand>("balance")
                .WithDescription("Show the free, reserved and total TAO of the wallet's coldkey (--all: every wallet).")
                .WithExample("wallet", "balance", "--wallet.name", "miner", "--network", "local");
            wallet.AddCommand<WalletTransferCommand>("transfer")
                .WithDescription("Send TAO from the coldkey; shows the fee and asks first (-y skips the question).")
                .WithExample("wallet", "transfer", "--dest", "5F…", "--amount", "1.5");
            wallet.AddCommand<WalletOverviewCommand>("overview")
                .WithDescription("The coldkey's balance and every hotkey with its address and balance.");
            wallet.AddCommand<WalletUpdateCommand>("update")
                .WithDescription("Re-encrypt Ansible Vault and legacy keyfiles as NaCl (keeps a backup until the new file verifies).");
        }).WithAlias("w").WithAlias("wallets");
}
