namespace Finney.Cli.Tests.Wallets;

/// <summary>Network flags and their errors, checked without a node (the commands fail before or at connecting).</summary>
public class WalletChainOptionsTests
{
    [Theory]
    [InlineData("--network", "mainnet")]
    [InlineData("--subtensor.network", "http://127.0.0.1:9944")]
    [InlineData("--subtensor.chain_endpoint", "nonsense")]
    public void Balance_NotANetwork_NamesTheChoices(string flag, string value)
    {
        using var tree = new WalletTree();
        tree.Run("wallet", "regen-coldkeypub", "--wallet.name", "w", "--ss58", WalletTree.DevAddress).ExitCode.ShouldBe(0);

        var run = tree.Run("wallet", "balance", "--wallet.name", "w", flag, value);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("finney, test, archive, local or a ws:// or wss:// URL");
    }

    [Fact]
    public void Balance_LocalOverriddenByEnvironmentToAClosedPort_SaysItCannotReachThatNode()
    {
        using var tree = new WalletTree();
        tree.Run("wallet", "regen-coldkeypub", "--wallet.name", "w", "--ss58", WalletTree.DevAddress).ExitCode.ShouldBe(0);

        var run = tree.Run(new Dictionary<string, string> { ["BT_SUBTENSOR_CHAIN_ENDPOINT"] = "ws://127.0.0.1:1" }, "w", "balance", "--wallet.name", "w", "--network", "local");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("ws://127.0.0.1:1");
        run.Error.ShouldContain("finney-node --dev");
    }

    [Fact]
    public void Transfer_BadAmount_FailsBeforeConnecting()
    {
        using var tree = new WalletTree();
        tree.Run("wallet", "regen-coldkeypub", "--wallet.name", "w", "--ss58", WalletTree.DevAddress).ExitCode.ShouldBe(0);

        var run = tree.Run("wallet", "transfer", "--wallet.name", "w", "--dest", WalletTree.LegalWinnerAddress, "--amount", "abc", "--network", "ws://127.0.0.1:1");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--amount:");
    }

    [Fact]
    public void Transfer_BadDestination_FailsBeforeConnecting()
    {
        using var tree = new WalletTree();
        tree.Run("wallet", "regen-coldkeypub", "--wallet.name", "w", "--ss58", WalletTree.DevAddress).ExitCode.ShouldBe(0);

        var run = tree.Run("wallet", "transfer", "--wallet.name", "w", "--dest", "5nope", "--amount", "1", "--network", "ws://127.0.0.1:1");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--destination");
    }
}
