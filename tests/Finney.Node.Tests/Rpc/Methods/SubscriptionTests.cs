using System.Text.Json.Nodes;
using Finney.Node.Rpc.Server;
using Finney.Node.Tests.Fakes;
using Finney.Node.Tests.Rpc.Server;
using Finney.Primitives.Encoding;
using static Finney.Node.Tests.TxPool.TestExtrinsics;

namespace Finney.Node.Tests.Rpc.Methods;

public sealed class SubscriptionTests
{
    private static async Task<(TestNode Node, TestRpcServer Server, RawSocket Client)> StartAsync()
    {
        var node = new TestNode();
        var server = await TestRpcServer.StartAsync(node.Node.Endpoint, new RpcOptions());
        return (node, server, await server.ConnectAsync());
    }

    private static async Task<string> SubscribeAsync(RawSocket client, string method, string parameters = "[]")
    {
        var response = JsonNode.Parse(await client.CallAsync($$"""{"jsonrpc":"2.0","id":1,"method":"{{method}}","params":{{parameters}}}"""))!;
        return response["result"]!.GetValue<string>();
    }

    private static async Task<JsonNode> NotificationAsync(RawSocket client, string method)
    {
        var message = JsonNode.Parse(await client.ReceiveAsync())!;
        message["method"]!.GetValue<string>().ShouldBe(method);
        return message["params"]!["result"]!;
    }

    [Fact]
    public async Task SubscribeNewHead_SendsTheBestHeaderThenEachNewOne()
    {
        var (node, server, client) = await StartAsync();
        using (node)
        await using (server)
        using (client)
        {
            await SubscribeAsync(client, "chain_subscribeNewHead");
            (await NotificationAsync(client, "chain_newHead"))["number"]!.GetValue<string>().ShouldBe("0x0");
            node.AuthorBlock();
            (await NotificationAsync(client, "chain_newHead"))["number"]!.GetValue<string>().ShouldBe("0x1");
        }
    }

    [Fact]
    public async Task SubscribeFinalizedHeads_FollowsFinality()
    {
        var (node, server, client) = await StartAsync();
        using (node)
        await using (server)
        using (client)
        {
            await SubscribeAsync(client, "chain_subscribeFinalisedHeads");
            (await NotificationAsync(client, "chain_finalizedHead"))["number"]!.GetValue<string>().ShouldBe("0x0");
            node.AuthorBlock();
            (await NotificationAsync(client, "chain_finalizedHead"))["number"]!.GetValue<string>().ShouldBe("0x1");
        }
    }

    [Fact]
    public async Task SubscribeStorage_SendsAllKeysAtOnceThenOnlyChanges()
    {
        var (node, server, client) = await StartAsync();
        using (node)
        await using (server)
        using (client)
        {
            var nonceKey = Hex.Encode(FakeRuntime.NonceKey(Account(1)));
            var genesisKey = Hex.Encode("genesis"u8);
            await SubscribeAsync(client, "state_subscribeStorage", $"[[\"{nonceKey}\", \"{genesisKey}\"]]");
            var first = await NotificationAsync(client, "state_storage");
            first["changes"]!.ToJsonString().ShouldBe($"[[\"{nonceKey}\",null],[\"{genesisKey}\",\"0x01\"]]");

            node.AuthorBlock();
            node.Node.Pool.Submit(Signed(1, 0));
            var block = node.AuthorBlock();
            var change = await NotificationAsync(client, "state_storage");
            change["block"]!.GetValue<string>().ShouldBe(block.Header.Hash().ToHex());
            change["changes"]!.ToJsonString().ShouldBe($"[[\"{nonceKey}\",\"0x01000000\"]]");
        }
    }

    [Fact]
    public async Task SubscribeRuntimeVersion_SendsTheCurrentVersionAtOnce()
    {
        var (node, server, client) = await StartAsync();
        using (node)
        await using (server)
        using (client)
        {
            await SubscribeAsync(client, "state_subscribeRuntimeVersion");
            (await NotificationAsync(client, "state_runtimeVersion"))["specVersion"]!.GetValue<int>().ShouldBe(1);
            node.Runtime.SpecVersion = 2;
            node.AuthorBlock();
            (await NotificationAsync(client, "state_runtimeVersion"))["specVersion"]!.GetValue<int>().ShouldBe(2);
        }
    }

    [Fact]
    public async Task SubmitAndWatch_GoesReadyInBlockFinalized()
    {
        var (node, server, client) = await StartAsync();
        using (node)
        await using (server)
        using (client)
        {
            var id = await SubscribeAsync(client, "author_submitAndWatchExtrinsic", $"[\"{Hex.Encode(Signed(1, 0))}\"]");
            id.Length.ShouldBe(16);
            (await NotificationAsync(client, "author_extrinsicUpdate")).GetValue<string>().ShouldBe("ready");
            var block = node.AuthorBlock();
            var hash = block.Header.Hash().ToHex();
            (await NotificationAsync(client, "author_extrinsicUpdate"))["inBlock"]!.GetValue<string>().ShouldBe(hash);
            (await NotificationAsync(client, "author_extrinsicUpdate"))["finalized"]!.GetValue<string>().ShouldBe(hash);
            var unwatch = JsonNode.Parse(await client.CallAsync($$"""{"jsonrpc":"2.0","id":2,"method":"author_unwatchExtrinsic","params":["{{id}}"]}"""))!;
            unwatch["result"]!.GetValue<bool>().ShouldBeFalse();
        }
    }

    [Fact]
    public async Task SubmitAndWatch_InvalidTransaction_IsAnErrorResponseWithoutSubscription()
    {
        var (node, server, client) = await StartAsync();
        using (node)
        await using (server)
        using (client)
        {
            var bad = Hex.Encode(Signed(1, 0, marker: FakeRuntime.BadSignatureMarker));
            var response = JsonNode.Parse(await client.CallAsync($$"""{"jsonrpc":"2.0","id":1,"method":"author_submitAndWatchExtrinsic","params":["{{bad}}"]}"""))!;
            response["error"]!["code"]!.GetValue<int>().ShouldBe(1010);
            var next = JsonNode.Parse(await client.CallAsync("""{"jsonrpc":"2.0","id":2,"method":"system_health","params":[]}"""))!;
            next["id"]!.GetValue<int>().ShouldBe(2);
        }
    }
}
