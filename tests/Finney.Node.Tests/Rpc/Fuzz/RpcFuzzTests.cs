using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Finney.Node.Rpc.Server;
using Finney.Node.Tests.Fakes;
using Finney.Node.Tests.Rpc.Server;
using Finney.Primitives.Encoding;

namespace Finney.Node.Tests.Rpc.Fuzz;

/// <summary>
/// Random bytes, random JSON and random extrinsics at a node's RPC server: every message gets an answer
/// or is ignored, the connection keeps answering, and the node keeps authoring. Seeds are fixed so a
/// failure reproduces.
/// </summary>
public sealed class RpcFuzzTests
{
    private static readonly string[] Methods =
    [
        "chain_getBlockHash", "chain_getHeader", "chain_getBlock", "state_getStorage", "state_call", "state_getKeysPaged",
        "state_queryStorageAt", "author_submitExtrinsic", "author_submitAndWatchExtrinsic", "system_accountNextIndex",
        "state_subscribeStorage", "chain_subscribeNewHeads", "author_unwatchExtrinsic", "payment_queryInfo", "rpc_methods",
    ];

    private static async Task AssertAliveAsync(RawSocket client, int id)
    {
        await client.SendAsync($$"""{"jsonrpc":"2.0","id":{{id}},"method":"system_health","params":[]}""");
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var message = JsonNode.Parse(await client.ReceiveAsync(10_000));
            if (message is JsonObject obj && obj["id"] is JsonValue value && value.TryGetValue<int>(out var got) && got == id)
            {
                obj["result"].ShouldNotBeNull();
                return;
            }

            deadline.IsCancellationRequested.ShouldBeFalse("the health request was never answered");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task RandomBytes_NeverBreakTheConnection(int seed)
    {
        using var node = new TestNode();
        await using var server = await TestRpcServer.StartAsync(node.Node.Endpoint, new RpcOptions());
        using var client = await server.ConnectAsync();
        var random = new Random(seed);
        for (var i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(0, 512)];
            random.NextBytes(bytes);
            if (random.Next(2) == 0)
            {
                await client.SendBytesAsync(bytes, WebSocketMessageType.Binary);
            }
            else
            {
                // Text frames must be UTF-8 (RFC 6455); send the bytes as the text they decode to.
                await client.SendAsync(Encoding.UTF8.GetString(bytes));
            }
        }

        await AssertAliveAsync(client, 1_000_000);
        node.AuthorBlock().Header.Number.ShouldBe(1u);
    }

    [Fact]
    public async Task InvalidUtf8TextFrame_ClosesOnlyThatConnection()
    {
        using var node = new TestNode();
        await using var server = await TestRpcServer.StartAsync(node.Node.Endpoint, new RpcOptions());
        using (var bad = await server.ConnectAsync())
        {
            await bad.SendBytesAsync([0xff, 0xfe, 0x7b], WebSocketMessageType.Text);
            await Should.ThrowAsync<Exception>(() => bad.ReceiveAsync());
        }

        using var good = await server.ConnectAsync();
        await AssertAliveAsync(good, 7);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public async Task RandomJsonRequests_AreAnsweredOrIgnoredButNeverHang(int seed)
    {
        using var node = new TestNode();
        await using var server = await TestRpcServer.StartAsync(node.Node.Endpoint, new RpcOptions());
        using var client = await server.ConnectAsync();
        var random = new Random(seed);
        for (var i = 0; i < 300; i++)
        {
            await client.SendAsync(RandomRequest(random, i));
            if (i % 50 == 0)
            {
                node.AuthorBlock();
            }
        }

        await AssertAliveAsync(client, 1_000_000);
    }

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    public async Task RandomExtrinsics_AreRejectedWithSubstrateCodes(int seed)
    {
        using var node = new TestNode();
        var random = new Random(seed);
        for (var i = 0; i < 300; i++)
        {
            var bytes = new byte[random.Next(0, 300)];
            random.NextBytes(bytes);
            if (bytes.Length > 2 && random.Next(3) == 0)
            {
                bytes[0] = (byte)((bytes.Length - 1) << 2);
                bytes[1] = 0x84;
            }

            var request = $$"""{"jsonrpc":"2.0","id":{{i}},"method":"author_submitExtrinsic","params":["{{Hex.Encode(bytes)}}"]}""";
            var response = JsonNode.Parse((await node.Node.Dispatcher.DispatchAsync(Encoding.UTF8.GetBytes(request), null, [], CancellationToken.None))!)!;
            if (response["error"] is { } error)
            {
                error["code"]!.GetValue<int>().ShouldBeOneOf(1001, 1010, 1011, 1012, 1013, 1014, 1016);
            }
        }

        node.AuthorBlock();
    }

    private static string RandomRequest(Random random, int id)
    {
        var method = random.Next(10) == 0 ? "no_such_method" : Methods[random.Next(Methods.Length)];
        var parameters = string.Join(",", Enumerable.Range(0, random.Next(0, 4)).Select(_ => RandomValue(random, 0)));
        var idText = random.Next(5) switch
        {
            0 => $"\"s{id}\"",
            1 => "null",
            _ => id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return random.Next(20) switch
        {
            0 => $$"""{"jsonrpc":"2.0","method":"{{method}}","params":[{{parameters}}]}""",
            1 => $$"""[{"jsonrpc":"2.0","id":{{idText}},"method":"{{method}}","params":[{{parameters}}]}]""",
            2 => $$"""{"jsonrpc":"2.0","id":{{idText}},"method":"{{method}}","params":{{RandomValue(random, 0)}}}""",
            _ => $$"""{"jsonrpc":"2.0","id":{{idText}},"method":"{{method}}","params":[{{parameters}}]}""",
        };
    }

    private static string RandomValue(Random random, int depth) => random.Next(depth > 2 ? 6 : 9) switch
    {
        0 => "null",
        1 => random.Next(-5, 2000).ToString(System.Globalization.CultureInfo.InvariantCulture),
        2 => "\"0x" + Convert.ToHexStringLower(RandomBytes(random, random.Next(0, 40))) + "\"",
        3 => "\"" + Convert.ToHexStringLower(RandomBytes(random, random.Next(0, 8))) + "\"",
        4 => random.Next(2) == 0 ? "true" : "false",
        5 => "\"Core_version\"",
        6 => "[" + string.Join(",", Enumerable.Range(0, random.Next(0, 3)).Select(_ => RandomValue(random, depth + 1))) + "]",
        7 => "{\"a\":" + RandomValue(random, depth + 1) + "}",
        _ => "\"0x" + Convert.ToHexStringLower(RandomBytes(random, 32)) + "\"",
    };

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
