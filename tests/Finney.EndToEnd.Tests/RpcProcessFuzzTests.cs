using System.Text;

namespace Finney.EndToEnd.Tests;

/// <summary>Random bytes and random JSON at a real node's RPC port: the node keeps answering and authoring.</summary>
public sealed class RpcProcessFuzzTests
{
    [Fact]
    public async Task RandomInput_NeverStopsTheNode()
    {
        using var node = await NodeProcess.StartAsync("--dev", "--block-time", "200ms");
        var random = new Random(42);
        for (var connection = 0; connection < 5; connection++)
        {
            await using var client = await RpcClient.ConnectAsync(node.WebSocketUri);
            for (var i = 0; i < 100; i++)
            {
                var bytes = new byte[random.Next(1, 400)];
                random.NextBytes(bytes);
                switch (random.Next(3))
                {
                    case 0:
                        await client.SendBinaryAsync(bytes);
                        break;
                    case 1:
                        await client.SendRawAsync(Encoding.UTF8.GetString(bytes));
                        break;
                    default:
                        var method = new[] { "author_submitExtrinsic", "state_call", "state_getStorage", "chain_getBlock", "state_subscribeStorage" }[random.Next(5)];
                        await client.SendRawAsync($$"""{"jsonrpc":"2.0","id":"f{{i}}","method":"{{method}}","params":["0x{{Convert.ToHexStringLower(bytes)}}"]}""");
                        break;
                }
            }

            (await client.ResultAsync("system_health")).ShouldNotBeNull();
        }

        node.IsRunning.ShouldBeTrue();
        await node.WaitForLogAsync(@"🏆 Imported #5 ", TimeSpan.FromSeconds(20));
    }
}
