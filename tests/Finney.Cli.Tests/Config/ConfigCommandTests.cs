using System.Text.Json;
using Finney.Cli.Tests.Wallets;

namespace Finney.Cli.Tests.Config;

/// <summary><c>finney config</c> and how its defaults reach the wallet commands, with <c>$HOME</c> in a temporary directory.</summary>
public class ConfigCommandTests
{
    [Fact]
    public void Set_ThenGet_RoundTripsAndKeepsBtclisOtherLines()
    {
        using var home = new WalletTree();
        var file = Path.Combine(home.Root, ".bittensor", "config.yml");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, "use_cache: true\nwallet_name: old\nmetagraph_cols:\n  UID: true\n");
        var environment = new Dictionary<string, string> { ["HOME"] = home.Root };

        var set = CliRun.WithEnvironment(environment, string.Empty, "config", "set", "--wallet.name", "miner", "--network", "ws://127.0.0.1:9944");
        var get = CliRun.WithEnvironment(environment, string.Empty, "config", "get", "--json-output");

        set.ExitCode.ShouldBe(0, set.Error);
        var values = JsonDocument.Parse(get.Out).RootElement;
        values.GetProperty("wallet_name").GetString().ShouldBe("miner");
        values.GetProperty("network").GetString().ShouldBe("ws://127.0.0.1:9944");
        values.GetProperty("wallet_hotkey").ValueKind.ShouldBe(JsonValueKind.Null);
        File.ReadAllLines(file).ShouldBe(["use_cache: true", "wallet_name: miner", "metagraph_cols:", "  UID: true", "network: ws://127.0.0.1:9944"]);
    }

    [Fact]
    public void ConfiguredWalletName_IsTheDefaultButAFlagWins()
    {
        using var home = new WalletTree();
        var environment = new Dictionary<string, string> { ["HOME"] = home.Root };
        CliRun.WithEnvironment(environment, string.Empty, "config", "set", "--wallet.name", "fromconfig", "--wallet.path", home.Root).ExitCode.ShouldBe(0);
        CliRun.WithEnvironment(environment, string.Empty, "wallet", "regen-coldkeypub", "--ss58", WalletTree.DevAddress).ExitCode.ShouldBe(0);
        CliRun.WithEnvironment(environment, string.Empty, "wallet", "regen-coldkeypub", "--wallet.name", "fromflag", "--ss58", WalletTree.LegalWinnerAddress).ExitCode.ShouldBe(0);

        File.Exists(Path.Combine(home.Root, "fromconfig", "coldkeypub.txt")).ShouldBeTrue();
        File.Exists(Path.Combine(home.Root, "fromflag", "coldkeypub.txt")).ShouldBeTrue();
    }

    [Fact]
    public void Set_BadNetwork_IsRefusedAndNothingIsWritten()
    {
        using var home = new WalletTree();

        var run = CliRun.WithEnvironment(new Dictionary<string, string> { ["HOME"] = home.Root }, string.Empty, "config", "set", "--network", "mainnet");

        run.ExitCode.ShouldBe(2);
        File.Exists(Path.Combine(home.Root, ".bittensor", "config.yml")).ShouldBeFalse();
    }

    [Fact]
    public void Set_NothingGiven_SaysWhatToGive() =>
        CliRun.Of("config", "set").Error.ShouldContain("Give at least one of");
}
