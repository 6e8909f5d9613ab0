using Finney.Sdk.Wallets;

namespace Finney.Cli.Tests.Wallets;

public class WalletUpdateCommandTests
{
    [Fact]
    public void Update_AnsibleVaultColdkey_BecomesNaclUnderTheSamePassword()
    {
        using var tree = new WalletTree();
        var path = tree.Place("ansible-coldkey", "old", "coldkey");
        var environment = new Dictionary<string, string> { ["BT_COLD_PW_OLD"] = "ansible-era-pw" };

        var run = tree.Run(environment, "wallet", "update", "--wallet.name", "old");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("updated to NaCl");
        var keyfile = new Keyfile(path);
        keyfile.Format().ShouldBe(KeyfileFormat.Nacl);
        using var key = keyfile.Open("ansible-era-pw");
        key.Mnemonic.ShouldBe("letter advice cage absurd amount doctor acoustic avoid letter advice cage absurd amount doctor acoustic avoid letter always");
    }

    [Fact]
    public void Update_WrongPassword_LeavesTheFileAsItWas()
    {
        using var tree = new WalletTree();
        var path = tree.Place("ansible-coldkey", "old", "coldkey");
        var before = File.ReadAllBytes(path);

        var run = tree.Run(new Dictionary<string, string> { ["BT_COLD_PW_OLD"] = "not-it" }, "wallet", "update", "--wallet.name", "old");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("Nothing was changed");
        File.ReadAllBytes(path).ShouldBe(before);
        Directory.GetFiles(tree.PathOf("old")).Select(Path.GetFileName).ShouldBe(["coldkey"]);
    }

    [Fact]
    public void Update_NaclColdkey_HasNothingToDo()
    {
        using var tree = new WalletTree();
        tree.Place("nacl-sdk-coldkey", "new", "coldkey");

        var run = tree.Run("wallet", "update", "--wallet.name", "new");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("already NaCl, nothing to do");
    }
}
