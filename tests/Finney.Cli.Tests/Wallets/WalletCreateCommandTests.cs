using System.Text.Json;

namespace Finney.Cli.Tests.Wallets;

public class WalletCreateCommandTests
{
    [Fact]
    public void Create_NoPassword_WritesBtcliTreeWithOwnerOnlyFiles()
    {
        using var tree = new WalletTree();

        var run = tree.Run("wallet", "create", "--wallet.name", "miner", "--wallet.hotkey", "hk1", "--no-password", "--json-output");

        run.ExitCode.ShouldBe(0, run.Error);
        var json = JsonDocument.Parse(run.Out).RootElement;
        json.GetProperty("name").GetString().ShouldBe("miner");
        json.GetProperty("coldkey_mnemonic").GetString()!.Split(' ').Length.ShouldBe(12);
        foreach (var file in new[] { tree.PathOf("miner", "coldkey"), tree.PathOf("miner", "coldkeypub.txt"), tree.PathOf("miner", "hotkeys", "hk1"), tree.PathOf("miner", "hotkeys", "hk1pub.txt") })
        {
            File.Exists(file).ShouldBeTrue(file);
            if (!OperatingSystem.IsWindows())
            {
                File.GetUnixFileMode(file).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite, file);
            }
        }

        var coldkeyPub = JsonDocument.Parse(File.ReadAllText(tree.PathOf("miner", "coldkeypub.txt"))).RootElement;
        coldkeyPub.GetProperty("ss58Address").GetString().ShouldBe(json.GetProperty("coldkey_ss58").GetString());
        run.Error.ShouldContain("IMPORTANT: Store this mnemonic");
    }

    [Fact]
    public void NewColdkey_WordCount24_WritesA24WordMnemonic()
    {
        using var tree = new WalletTree();

        var run = tree.Run("wallet", "new_coldkey", "--wallet_name", "big", "--n_words", "24", "--no_password", "--json-output");

        run.ExitCode.ShouldBe(0, run.Error);
        JsonDocument.Parse(run.Out).RootElement.GetProperty("coldkey_mnemonic").GetString()!.Split(' ').Length.ShouldBe(24);
        File.Exists(tree.PathOf("big", "hotkeys", "default")).ShouldBeFalse();
    }

    [Fact]
    public void NewHotkey_ExistingFileWithoutOverwrite_FailsAndKeepsTheFile()
    {
        using var tree = new WalletTree();
        tree.Run("wallet", "new-hotkey", "--wallet-name", "w", "--hotkey", "h").ExitCode.ShouldBe(0);
        var before = File.ReadAllBytes(tree.PathOf("w", "hotkeys", "h"));

        var run = tree.Run("wallet", "new-hotkey", "--wallet-name", "w", "--hotkey", "h");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("already exists; pass --overwrite");
        run.Error.ShouldNotContain("   at ");
        File.ReadAllBytes(tree.PathOf("w", "hotkeys", "h")).ShouldBe(before);
    }

    [Fact]
    public void NewHotkey_Overwrite_ReplacesTheKey()
    {
        using var tree = new WalletTree();
        tree.Run("wallet", "new-hotkey", "--wallet-name", "w").ExitCode.ShouldBe(0);
        var before = File.ReadAllText(tree.PathOf("w", "hotkeys", "default"));

        var run = tree.Run("wallet", "new-hotkey", "--wallet-name", "w", "--overwrite");

        run.ExitCode.ShouldBe(0, run.Error);
        File.ReadAllText(tree.PathOf("w", "hotkeys", "default")).ShouldNotBe(before);
    }

    [Fact]
    public void NewColdkey_NoPasswordSourceAndNoPrompt_FailsNamingTheVariablesAndWritesNothing()
    {
        using var tree = new WalletTree();

        var run = tree.Run("wallet", "new-coldkey", "--wallet.name", "cold");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("BT_COLD_PW_COLD");
        run.Error.ShouldContain("--no-password");
        File.Exists(tree.PathOf("cold", "coldkey")).ShouldBeFalse();
    }

    [Fact]
    public void NewColdkey_WeakPasswordInEnvironment_IsRefused()
    {
        using var tree = new WalletTree();

        var run = tree.Run(new Dictionary<string, string> { ["BT_COLD_PW_COLD"] = "abc" }, "wallet", "new-coldkey", "--wallet.name", "cold");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("not strong enough");
        File.Exists(tree.PathOf("cold", "coldkey")).ShouldBeFalse();
    }

    [Fact]
    public void Create_BadWordCount_IsAnInputError()
    {
        using var tree = new WalletTree();

        var run = tree.Run("wallet", "create", "--n-words", "13", "--no-password");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("13 is not one of 12, 15, 18, 21, 24");
    }
}
