using System.Text;
using System.Text.Json.Nodes;
using Finney.Node.Tests.Fakes;

namespace Finney.Node.Tests.Rpc.Methods;

/// <summary>Calls a test node's methods through its dispatcher, as an HTTP client would.</summary>
internal static class NodeRpc
{
    public static async Task<JsonNode> CallAsync(this TestNode node, string method, string parameters = "[]")
    {
        var request = $$"""{"jsonrpc":"2.0","id":1,"method":"{{method}}","params":{{parameters}}}""";
        var bytes = await node.Node.Dispatcher.DispatchAsync(Encoding.UTF8.GetBytes(request), null, [], CancellationToken.None);
        return JsonNode.Parse(bytes!)!;
    }

    public static async Task<JsonNode?> ResultAsync(this TestNode node, string method, string parameters = "[]")
    {
        var response = await node.CallAsync(method, parameters);
        response.AsObject().ContainsKey("error").ShouldBeFalse(response.ToJsonString());
        return response["result"];
    }

    public static async Task<JsonNode> ErrorAsync(this TestNode node, string method, string parameters = "[]")
    {
        var response = await node.CallAsync(method, parameters);
        return response["error"] ?? throw new ShouldAssertException($"expected an error, got {response.ToJsonString()}");
    }
}
