using Finney.Sdk.Rpc;

namespace Finney.Sdk.Tests.Rpc;

public class RpcConnectionTests
{
    private static readonly RpcConnectionOptions Fast = new() { ReconnectDelay = TimeSpan.FromMilliseconds(50), RequestTimeout = TimeSpan.FromSeconds(5) };

    [Fact]
    public async Task Requests_Pipelined_EachGetsItsOwnAnswer()
    {
        await using var node = new ScriptedNode();
        await using var connection = await RpcConnection.ConnectAsync(node.Uri, Fast);

        var slow = connection.RequestAsync("slow");
        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => connection.RequestAsync("echo", i)));

        answers.Select(a => a.GetInt32()).ShouldBe(Enumerable.Range(0, 20));
        slow.IsCompleted.ShouldBeFalse();
        node.ReleaseSlow();
        (await slow).GetString().ShouldBe("late");
        node.Connections.ShouldBe(1);
    }

    [Fact]
    public async Task Request_ErrorResponse_ThrowsRpcExceptionWithCode()
    {
        await using var node = new ScriptedNode();
        await using var connection = await RpcConnection.ConnectAsync(node.Uri, Fast);

        var error = await Should.ThrowAsync<RpcException>(() => connection.RequestAsync("nope"));

        error.Code.ShouldBe(-32601);
        error.Method.ShouldBe("nope");
    }

    [Fact]
    public async Task DroppedConnection_Reconnects_RequestsWorkAndResumableSubscriptionsResume()
    {
        await using var node = new ScriptedNode();
        await using var connection = await RpcConnection.ConnectAsync(node.Uri, Fast);
        await using var ticks = await connection.SubscribeAsync("sub", "unsub", resumable: true);
        await using var once = await connection.SubscribeAsync("sub", "unsub", resumable: false);
        (await ticks.NextAsync()).GetInt32().ShouldBe(1);

        node.DropConnections();
        await Should.ThrowAsync<RpcConnectionException>(async () =>
        {
            while (true)
            {
                await once.NextAsync();
            }
        });
        var answer = await connection.RequestAsync("echo", "again");
        var resumedFrom = 0;
        while (resumedFrom != 1)
        {
            // Ticks already queued from the first connection come first; a resumed subscription counts from 1 again.
            resumedFrom = (await ticks.NextAsync().WaitAsync(TimeSpan.FromSeconds(5))).GetInt32();
        }

        answer.GetString().ShouldBe("again");
        connection.Reconnects.ShouldBe(1);
        node.Connections.ShouldBe(2);
        node.Subscriptions.ShouldBe(3);
    }

    [Fact]
    public async Task Connect_NothingListening_ThrowsRpcConnectionException()
    {
        var port = System.Net.Sockets.TcpListener.Create(0);
        port.Start();
        var uri = new Uri($"ws://127.0.0.1:{((System.Net.IPEndPoint)port.LocalEndpoint).Port}");
        port.Stop();

        await Should.ThrowAsync<RpcConnectionException>(() => RpcConnection.ConnectAsync(uri, Fast));
    }
}
