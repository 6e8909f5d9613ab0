using System.Globalization;

namespace Finney.EndToEnd.Tests;

/// <summary>A real <c>finney-node --dev</c> process: it authors, serves RPC and logs like a Substrate node.</summary>
public sealed class DevNodeTests
{
    [Fact]
    public async Task DevNode_AuthorsFinalizesAndServesHeads()
    {
        using var node = await NodeProcess.StartAsync("--dev", "--block-time", "200ms");
        await using var client = await RpcClient.ConnectAsync(node.WebSocketUri);
        (await client.ResultAsync("system_chain"))!.GetValue<string>().ShouldBe("Bittensor");
        await client.ResultAsync("chain_subscribeNewHeads");
        uint number = 0;
        while (number < 3)
        {
            var head = await client.NextNotificationAsync("chain_newHead", TimeSpan.FromSeconds(20));
            number = uint.Parse(head["params"]!["result"]!["number"]!.GetValue<string>()[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        }

        var genesis = (await client.ResultAsync("chain_getBlockHash", 0))!.GetValue<string>();
        genesis.Length.ShouldBe(66);
        var finalized = (await client.ResultAsync("chain_getFinalizedHead"))!.GetValue<string>();
        (await client.ResultAsync("chain_getHeader", finalized)).ShouldNotBeNull();
        await node.WaitForLogAsync(@"🏆 Imported #3 \(0x[0-9a-f]{4}…[0-9a-f]{4}\)", TimeSpan.FromSeconds(10));
        node.Output.ShouldContain("🔨 Initializing Genesis block/state");
    }

    [Fact]
    public async Task DevNode_PrintsTheIdleLine()
    {
        using var node = await NodeProcess.StartAsync("--dev", "--block-time", "1s");
        await node.WaitForLogAsync(@"💤 Idle \(0 peers\), best: #\d+ \(0x[0-9a-f]{4}…[0-9a-f]{4}\), finalized #\d+", TimeSpan.FromSeconds(15));
    }
}
