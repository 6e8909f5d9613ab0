using System.Text.Json;
using Finney.EndToEnd.Tests.Sdk;

namespace Finney.EndToEnd.Tests.Cli;

/// <summary>
/// The <c>finney</c> binary against a real dev node: balances, transfers with and without confirmation, a wrong
/// password, an unreachable node — each checked on chain afterwards.
/// </summary>
public sealed class CliWalletChainTests(DevNodeFixture fixture) : IClassFixture<DevNodeFixture>, IDisposable
{
    // //Bob's mini secret: a wallet created from it holds Bob's 1,000,000 dev TAO.
    private const string BobSeed = "0x398f0c28f98885e046333d4a41c19cee4c37368a9832c6502f6cfd182e2aef89";
    private const string BobAddress = "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "finney-e2e-wallets-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Transfer_WithYes_MovesTheAmountAndBalanceShowsIt()
    {
        await Regen("bob", BobSeed, password: null);
        var recipient = await NewColdkeyAddress("recipient");

        var transfer = await Finney(null, "wallet", "transfer", "--wallet.name", "bob", "--dest", recipient, "--amount", "2.5", "-y");
        var balance = await Finney(null, "wallet", "balance", "--ss58", recipient, "--json-output");

        transfer.ExitCode.ShouldBe(0, transfer.Error);
        transfer.Out.ShouldContain("In block 0x");
        balance.ExitCode.ShouldBe(0, balance.Error);
        JsonDocument.Parse(balance.Out).RootElement.GetProperty("balances")[0].GetProperty("free_rao").GetUInt64().ShouldBe(2_500_000_000UL);
    }

    [Fact]
    public async Task Transfer_NoTerminalAndNoYes_RefusesAndSendsNothing()
    {
        await Regen("bob", BobSeed, password: null);
        var recipient = await NewColdkeyAddress("recipient");

        var transfer = await Finney(null, "wallet", "transfer", "--wallet.name", "bob", "--dest", recipient, "--amount", "1");

        transfer.ExitCode.ShouldBe(2);
        transfer.Error.ShouldContain("pass -y");
        await BalanceShouldBe(recipient, 0);
    }

    [Fact]
    public async Task Transfer_AnsweredYesInATerminal_IsSent()
    {
        await Regen("bob", BobSeed, password: null);
        var recipient = await NewColdkeyAddress("recipient");

        var run = await CliProcess.RunInTerminalAsync("y\r", TimeSpan.FromSeconds(5), "wallet", "transfer", "--wallet.path", _root, "--wallet.name", "bob", "--network", fixture.Node.WebSocketUri.ToString(), "--dest", recipient, "--amount", "1");

        run.ExitCode.ShouldBe(0, run.Out + run.Error);
        run.Out.ShouldContain("Do you want to transfer?");
        await BalanceShouldBe(recipient, 1_000_000_000);
    }

    [Fact]
    public async Task Transfer_MoreThanTheBalance_FailsBeforeAskingForThePassword()
    {
        await Regen("poor", "0x" + new string('1', 64), password: null);
        var recipient = await NewColdkeyAddress("recipient");

        var transfer = await Finney(null, "wallet", "transfer", "--wallet.name", "poor", "--dest", recipient, "--amount", "1", "-y");

        transfer.ExitCode.ShouldBe(1);
        transfer.Error.ShouldContain("Not enough balance");
        transfer.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Transfer_WrongPasswordInEnvironment_FailsCleanlyAndSendsNothing()
    {
        await Regen("locked", BobSeed, password: "Right-Horse-42");
        var recipient = await NewColdkeyAddress("recipient");

        var transfer = await Finney(new Dictionary<string, string> { ["BT_COLD_PW_LOCKED"] = "wrong-password" }, "wallet", "transfer", "--wallet.name", "locked", "--dest", recipient, "--amount", "1", "-y");

        transfer.ExitCode.ShouldBe(1);
        transfer.Error.ShouldContain("Nothing was changed");
        transfer.Error.ShouldNotContain("   at ");
        await BalanceShouldBe(recipient, 0);
    }

    [Fact]
    public async Task TransferAll_KeepAlive_LeavesExactlyTheExistentialDeposit()
    {
        await Regen("bob", BobSeed, password: null);
        await Regen("spender", "0x" + new string('2', 64), password: null);
        var spender = JsonDocument.Parse((await Finney(null, "wallet", "balance", "--wallet.name", "spender", "--json-output")).Out).RootElement
            .GetProperty("balances")[0].GetProperty("ss58_address").GetString()!;
        (await Finney(null, "wallet", "transfer", "--wallet.name", "bob", "--dest", spender, "--amount", "10", "-y")).ExitCode.ShouldBe(0);
        var recipient = await NewColdkeyAddress("recipient");

        var all = await Finney(null, "wallet", "transfer", "--wallet.name", "spender", "--dest", recipient, "--all", "-y");

        all.ExitCode.ShouldBe(0, all.Error);
        await BalanceShouldBe(spender, 500);
    }

    [Fact]
    public async Task Overview_WalletWithHotkey_ListsItWithABalance()
    {
        await Regen("bob", BobSeed, password: null);
        (await Finney(null, "wallet", "new-hotkey", "--wallet.name", "bob", "--wallet.hotkey", "miner1")).ExitCode.ShouldBe(0);

        var overview = await Finney(null, "wallet", "overview", "--wallet.name", "bob", "--json-output");

        overview.ExitCode.ShouldBe(0, overview.Error);
        var json = JsonDocument.Parse(overview.Out).RootElement;
        json.GetProperty("coldkey").GetString().ShouldBe(BobAddress);
        json.GetProperty("hotkeys")[0].GetProperty("name").GetString().ShouldBe("miner1");
        json.GetProperty("hotkeys")[0].GetProperty("balance").GetString().ShouldBe("0.000000000");
    }

    [Fact]
    public async Task Balance_NoNodeThere_SaysHowToStartOne()
    {
        await Regen("bob", BobSeed, password: null);

        var run = await CliProcess.RunAsync(null, "wallet", "balance", "--wallet.path", _root, "--wallet.name", "bob", "--network", "ws://127.0.0.1:1");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("finney-node --dev");
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private Task<(int ExitCode, string Out, string Error)> Finney(IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        CliProcess.RunAsync(environment, [.. arguments, "--wallet.path", _root, "--network", fixture.Node.WebSocketUri.ToString()]);

    private async Task Regen(string wallet, string seed, string? password)
    {
        var environment = password is null ? null : new Dictionary<string, string> { [$"BT_COLD_PW_{wallet.ToUpperInvariant()}"] = password };
        string[] noPassword = password is null ? ["--no-password"] : [];
        var run = await CliProcess.RunAsync(environment, ["wallet", "regen-coldkey", "--wallet.path", _root, "--wallet.name", wallet, "--seed", seed, .. noPassword]);
        run.ExitCode.ShouldBe(0, run.Error);
    }

    private async Task<string> NewColdkeyAddress(string wallet)
    {
        var run = await CliProcess.RunAsync(null, "wallet", "new-coldkey", "--wallet.path", _root, "--wallet.name", wallet + Guid.NewGuid().ToString("N")[..8], "--no-password", "--json-output");
        run.ExitCode.ShouldBe(0, run.Error);
        return JsonDocument.Parse(run.Out).RootElement.GetProperty("coldkey_ss58").GetString()!;
    }

    private async Task BalanceShouldBe(string address, ulong rao)
    {
        var balance = await Finney(null, "wallet", "balance", "--ss58", address, "--json-output");
        balance.ExitCode.ShouldBe(0, balance.Error);
        JsonDocument.Parse(balance.Out).RootElement.GetProperty("balances")[0].GetProperty("free_rao").GetUInt64().ShouldBe(rao);
    }
}
