using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Finney.Node.Rpc.Server;

namespace Finney.Node.Tests.Rpc.Server;

public sealed class RpcServerTests
{
    [Fact]
    public async Task PipelinedRequests_AreAnsweredByIdAsTheyComplete()
    {
        await using var server = await TestRpcServer.StartAsync(FakeMethods.Create());
        using var client = await server.ConnectAsync();
        await client.SendAsync("""{"jsonrpc":"2.0","id":1,"method":"test_sleep","params":[400]}""");
        await client.SendAsync("""{"jsonrpc":"2.0","id":2,"method":"test_echo","params":["fast"]}""");
        JsonNode.Parse(await client.ReceiveAsync())!["id"]!.GetValue<int>().ShouldBe(2);
        JsonNode.Parse(await client.ReceiveAsync())!["id"]!.GetValue<int>().ShouldBe(1);
    }

    [Fact]
    public async Task Subscribe_ResponseComesBeforeTheFirstNotification()
    {
        await using var server = await TestRpcServer.StartAsync(FakeMethods.Create());
        using var client = await server.ConnectAsync();
        await client.SendAsync("""{"jsonrpc":"2.0","id":1,"method":"test_subscribe","params":[3]}""");
        var response = JsonNode.Parse(await client.ReceiveAsync())!;
        var id = response["result"]!.GetValue<string>();
        id.Length.ShouldBe(16);
        for (var i = 0; i < 3; i++)
        {
            var notification = JsonNode.Parse(await client.ReceiveAsync())!.AsObject();
            notification.ContainsKey("id").ShouldBeFalse();
            notification["jsonrpc"]!.GetValue<string>().ShouldBe("2.0");
            notification["method"]!.GetValue<string>().ShouldBe("test_tick");
            notification["params"]!["subscription"]!.GetValue<string>().ShouldBe(id);
            notification["params"]!["result"]!.GetValue<int>().ShouldBe(i);
        }
    }

    [Fact]
    public async Task Unsubscribe_ReturnsTrueOnceThenFalse()
    {
        await using var server = await TestRpcServer.StartAsync(FakeMethods.Create());
        using var client = await server.ConnectAsync();
        var id = JsonNode.Parse(await client.CallAsync("""{"jsonrpc":"2.0","id":1,"method":"test_subscribe","params":[0]}"""))!["result"]!.GetValue<string>();
        var first = JsonNode.Parse(await client.CallAsync($$"""{"jsonrpc":"2.0","id":2,"method":"test_unsubscribe","params":["{{id}}"]}"""))!;
        first["result"]!.GetValue<bool>().ShouldBeTrue();
        var second = JsonNode.Parse(await client.CallAsync($$"""{"jsonrpc":"2.0","id":3,"method":"test_unsubscribe","params":["{{id}}"]}"""))!;
        second["result"]!.GetValue<bool>().ShouldBeFalse();
    }

    [Fact]
    public async Task SubscriptionsOverTheLimit_AreRefusedWithTooManySubscriptions()
    {
        await using var server = await TestRpcServer.StartAsync(FakeMethods.Create(), new RpcOptions { MaxSubscriptionsPerConnection = 2 });
        using var client = await server.ConnectAsync();
        for (var i = 1; i <= 2; i++)
        {
            JsonNode.Parse(await client.CallAsync($$"""{"jsonrpc":"2.0","id":{{i}},"method":"test_subscribe","params":[0]}"""))!["result"].ShouldNotBeNull();
        }

        var refused = JsonNode.Parse(await client.CallAsync("""{"jsonrpc":"2.0","id":3,"method":"test_subscribe","params":[0]}"""))!;
        refused["error"]!["code"]!.GetValue<int>().ShouldBe(-32006);
        refused["error"]!["message"]!.GetValue<string>().ShouldBe("Too many subscriptions on the connection");
    }

    [Fact]
    public async Task LargeFrames_RoundTrip()
    {
        await using var server = await TestRpcServer.StartAsync(FakeMethods.Create());
        using var client = await server.ConnectAsync();
        var text = new string('x', 3 * 1024 * 1024);
        var response = JsonNode.Parse(await client.CallAsync($$"""{"jsonrpc":"2.0","id":1,"method":"test_echo","params":["{{text}}"]}"""))!;
        response["result"]!.GetValue<string>().Length.ShouldBe(text.Length);
    }

    [Fact]
    public async Task OversizedFrame_IsRefusedAndTheConnectionStaysUsable()
    {
        await using var server = await TestRpcServer.StartAsync(FakeMethods.Create(), new RpcOptions { MaxRequestBytes = 64 * 1024 });
        using var client = await server.ConnectAsync();
        var text = new string('x', 200 * 1024);
        var refused = JsonNode.Parse(await client.CallAsync($$"""{"jsonrpc":"2.0","id":1,"method":"test_echo","params":["{{text}}"]}"""))!;
        refused["error"]!["code"]!.GetValue<int>().ShouldBe(-32007);
        var after = JsonNode.Parse(await client.CallAsync("""{"jsonrpc":"2.0","id":2,"method":"test_echo","params":["ok"]}"""))!;
        after["result"]!.GetValue<string>().ShouldBe("ok");
    }

    [Fact]
    public async Task ConnectionsOverTheLimit_GetHttp429WithAJsonRpcError()
    {
        await using var server = await TestRpcServer.StartAsync(FakeMethods.Create(), new RpcOptions { MaxConnections = 1 });
        using var first = await server.ConnectAsync();
        using var http = new HttpClient();
        var response = await http.PostAsync(server.HttpUri, new StringContent("""{"jsonrpc":"2.0","id":1,"method":"test_echo","params":["x"]}"""));
        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["code"]!.GetValue<int>().ShouldBe(-32009);
        var second = new ClientWebSocket();
        await Should.ThrowAsync<WebSocketException>(() => second.ConnectAsync(server.WebSocketUri, CancellationToken.None));
    }

    [Fact]
    public async Task Http_ServesRequestsAndBatchesOnTheSamePort()
    {
        await using var server = await TestRpcServer.StartAsync(FakeMethods.Create());
        using var http = new HttpClient();
        var response = await http.PostAsync(server.HttpUri, new StringContent(
            """[{"jsonrpc":"2.0","id":1,"method":"test_echo","params":["a"]},{"jsonrpc":"2.0","id":2,"method":"test_echo","params":["b"]}]""",
            Encoding.UTF8,
            "application/json"));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var array = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
        array.Select(r => r!["result"]!.GetValue<string>()).ShouldBe(["a", "b"]);
    }

    [Fact]
    public async Task Health_IsServedOnGet()
    {
        await using var server = await TestRpcServer.StartAsync(FakeMethods.Create());
        using var http = new HttpClient();
        var health = JsonNode.Parse(await http.GetStringAsync(new Uri(server.HttpUri, "/health")))!;
        health["isSyncing"]!.GetValue<bool>().ShouldBeFalse();
    }

    [Fact]
    public async Task PingPong_KeepsAnIdleConnectionAlive()
    {
        await using var server = await TestRpcServer.StartAsync(FakeMethods.Create());
        using var client = await server.ConnectAsync(o =>
        {
            // A server that never answered would be dropped after 0.2 + 3 s, well within the 6 s wait; 3 s leaves room
            // for a pong delayed by a loaded machine.
            o.KeepAliveInterval = TimeSpan.FromMilliseconds(200);
            o.KeepAliveTimeout = TimeSpan.FromSeconds(3);
        });
        // The client sees pongs only while it receives: wait inside a receive, for a slow answer.
        await client.SendAsync("""{"jsonrpc":"2.0","id":1,"method":"test_sleep","params":[6000]}""");
        var answer = JsonNode.Parse(await client.ReceiveAsync(timeoutMs: 30_000))!;
        answer["result"]!.GetValue<int>().ShouldBe(6000);
        client.Socket.State.ShouldBe(WebSocketState.Open);
    }

    [Fact]
    public async Task ClosingTheConnection_ClosesItsSubscriptions()
    {
        await using var server = await TestRpcServer.StartAsync(FakeMethods.Create());
        using (var client = await server.ConnectAsync())
        {
            await client.CallAsync("""{"jsonrpc":"2.0","id":1,"method":"test_subscribe","params":[0]}""");
            server.Endpoint.OpenConnections.ShouldBe(1);
            await client.Socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
        }

        for (var i = 0; i < 500 && server.Endpoint.OpenConnections > 0; i++)
        {
            await Task.Delay(20);
        }

        server.Endpoint.OpenConnections.ShouldBe(0);
    }
}
