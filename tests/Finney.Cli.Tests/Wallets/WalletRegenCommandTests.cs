using System.Text.Json;

namespace Finney.Cli.Tests.Wallets;

public class WalletRegenCommandTests
{
    [Fact]
    public void RegenColdkey_Mnemonic_WritesTheKnownAddress()
    {
        using var tree = new WalletTree();

        var run = tree.Run("wallet", "regen-coldkey", "--wallet.name", "dev", "--mnemonic", WalletTree.DevPhrase, "--no-password", "--json-output");

        run.ExitCode.ShouldBe(0, run.Error);
        JsonDocument.Parse(run.Out).RootElement.GetProperty("ss58_address").GetString().ShouldBe(WalletTree.DevAddress);
        var keyfile = JsonDocument.Parse(File.ReadAllText(tree.PathOf("dev", "coldkey"))).RootElement;
        keyfile.GetProperty("secretPhrase").GetString().ShouldBe(WalletTree.DevPhrase);
        keyfile.GetProperty("ss58Address").GetString().ShouldBe(WalletTree.DevAddress);
    }

    [Fact]
    public void RegenHotkey_Seed_WritesTheKnownAddress()
    {
        using var tree = new WalletTree();

        var run = tree.Run("wallet", "regen_hotkey", "--wallet.name", "dev", "--wallet.hotkey", "s", "--seed", "0xfac7959dbfe72f052e5a0c3c8d6530f202b02fd8f9f5ca3580ec8deb7797479e");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain(WalletTree.DevAddress);
        File.ReadAllText(tree.PathOf("dev", "hotkeys", "spub.txt")).ShouldContain(WalletTree.DevAddress);
    }

    [Fact]
    public void RegenColdkey_NotAMnemonic_IsAnInputErrorAndWritesNothing()
    {
        using var tree = new WalletTree();

        var run = tree.Run("wallet", "regen-coldkey", "--wallet.name", "x", "--mnemonic", "not a real mnemonic at all", "--no-password");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldStartWith("error: ");
        run.Error.ShouldNotContain("   at ");
        File.Exists(tree.PathOf("x", "coldkey")).ShouldBeFalse();
    }

    [Fact]
    public void RegenColdkey_PolkadotJsExport_OpensWithItsPassword()
    {
        using var tree = new WalletTree();
        var export = Path.Combine(WalletTree.Fixtures, "polkadot-js-export.json");

        var run = tree.Run("wallet", "regen-coldkey", "--wallet.name", "pjs", "--json", export, "--json-password", "polkadot-js-pw", "--no-password");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain(WalletTree.LegalWinnerAddress);
    }

    [Fact]
    public void RegenColdkey_PolkadotJsExportWrongPassword_FailsCleanly()
    {
        using var tree = new WalletTree();
        var export = Path.Combine(WalletTree.Fixtures, "polkadot-js-export.json");

        var run = tree.Run("wallet", "regen-coldkey", "--wallet.name", "pjs", "--json", export, "--json-password", "wrong", "--no-password");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("Nothing was changed");
        File.Exists(tree.PathOf("pjs", "coldkey")).ShouldBeFalse();
    }

    [Fact]
    public void RegenColdkey_TwoSources_IsRefused()
    {
        using var tree = new WalletTree();

        var run = tree.Run("wallet", "regen-coldkey", "--mnemonic", WalletTree.DevPhrase, "--seed", "0x00", "--no-password");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("one of --mnemonic, --seed and --json");
    }

    [Fact]
    public void RegenColdkeypub_Address_WritesAWatchOnlyWallet()
    {
        using var tree = new WalletTree();

        var run = tree.Run("wallet", "regen-coldkeypub", "--wallet.name", "watch", "--ss58_address", WalletTree.DevAddress);

        run.ExitCode.ShouldBe(0, run.Error);
        File.Exists(tree.PathOf("watch", "coldkey")).ShouldBeFalse();
        var pub = JsonDocument.Parse(File.ReadAllText(tree.PathOf("watch", "coldkeypub.txt"))).RootElement;
        pub.GetProperty("ss58Address").GetString().ShouldBe(WalletTree.DevAddress);
        pub.GetProperty("publicKey").GetString().ShouldBe("0x46ebddef8cd9bb167dc30878d7113b7e168e6f0646beffd77d69d39bad76b47a");
    }

    [Fact]
    public void RegenColdkeypub_BadAddress_IsAnInputError()
    {
        using var tree = new WalletTree();

        var run = tree.Run("wallet", "regen-coldkeypub", "--wallet.name", "watch", "--ss58-address", "5notanaddress");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("neither an SS58 address nor");
    }
}
