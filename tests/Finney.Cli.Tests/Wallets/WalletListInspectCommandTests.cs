using System.Text.Json;

namespace Finney.Cli.Tests.Wallets;

public class WalletListInspectCommandTests
{
    [Fact]
    public void List_TwoWallets_ShowsEachWithItsHotkeysAndAddresses()
    {
        using var tree = new WalletTree();
        tree.Run("wallet", "regen-coldkeypub", "--wallet.name", "a", "--ss58-address", WalletTree.DevAddress).ExitCode.ShouldBe(0);
        tree.Run("wallet", "regen-hotkey", "--wallet.name", "a", "--wallet.hotkey", "h1", "--mnemonic", WalletTree.DevPhrase).ExitCode.ShouldBe(0);
        tree.Place("coldkeypub-sdk.txt", "b", "coldkeypub.txt");

        var run = tree.Run("wallet", "list", "--json-output");

        run.ExitCode.ShouldBe(0, run.Error);
        var wallets = JsonDocument.Parse(run.Out).RootElement.GetProperty("wallets").EnumerateArray().ToList();
        wallets.Select(w => w.GetProperty("name").GetString()).ShouldBe(["a", "b"]);
        wallets[0].GetProperty("ss58_address").GetString().ShouldBe(WalletTree.DevAddress);
        wallets[0].GetProperty("hotkeys")[0].GetProperty("name").GetString().ShouldBe("h1");
        wallets[0].GetProperty("hotkeys")[0].GetProperty("ss58_address").GetString().ShouldBe(WalletTree.DevAddress);
        wallets[1].GetProperty("ss58_address").GetString().ShouldBe(WalletTree.LegalWinnerAddress);
    }

    [Fact]
    public void List_Text_PrintsATree()
    {
        using var tree = new WalletTree();
        tree.Place("coldkeypub-sdk.txt", "b", "coldkeypub.txt");

        var run = tree.Run("wallet", "list");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain($"b ({WalletTree.LegalWinnerAddress})");
    }

    [Fact]
    public void List_NoWallets_SaysHowToCreateOne()
    {
        using var tree = new WalletTree();

        var run = tree.Run("wallet", "list");

        run.ExitCode.ShouldBe(0);
        run.Out.ShouldContain("finney wallet create");
    }

    [Fact]
    public void Inspect_BtcliNaclColdkey_ShowsFormatAndAddressWithoutAPassword()
    {
        using var tree = new WalletTree();
        tree.Place("nacl-sdk-coldkey", "old", "coldkey");
        tree.Place("coldkeypub-sdk.txt", "old", "coldkeypub.txt");
        tree.Place("ansible-coldkey", "old", "hotkeys", "vaulted");

        var run = tree.Run("wallet", "inspect", "--wallet.name", "old", "--json-output");

        run.ExitCode.ShouldBe(0, run.Error);
        var files = JsonDocument.Parse(run.Out).RootElement.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!);
        files["coldkey"].GetProperty("format").GetString().ShouldBe("NaCl");
        files["coldkey"].GetProperty("ss58_address").GetString().ShouldBe(WalletTree.LegalWinnerAddress);
        files["hotkey vaulted"].GetProperty("format").GetString().ShouldBe("Ansible Vault");
    }

    [Fact]
    public void Inspect_MissingWallet_SaysSo()
    {
        using var tree = new WalletTree();

        var run = tree.Run("wallet", "inspect", "--wallet.name", "nope");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("No wallet 'nope'");
    }
}
