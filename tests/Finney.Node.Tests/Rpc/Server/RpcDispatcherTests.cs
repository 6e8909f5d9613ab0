using System.Text;
using System.Text.Json.Nodes;
using Finney.Node.Rpc.Server;
using Microsoft.Extensions.Logging.Abstractions;

namespace Finney.Node.Tests.Rpc.Server;

public sealed class RpcDispatcherTests
{
    private static async Task<JsonNode?> Dispatch(string json, RpcOptions? options = null)
    {
        var dispatcher = new RpcDispatcher(FakeMethods.Create(), options ?? new RpcOptions(), NullLogger.Instance);
        var bytes = await dispatcher.DispatchAsync(Encoding.UTF8.GetBytes(json), null, [], CancellationToken.None);
        return bytes is null ? null : JsonNode.Parse(bytes);
    }

    [Fact]
    public async Task NumericId_IsEchoedAsANumber()
    {
        var response = await Dispatch("""{"jsonrpc":"2.0","id":7,"method":"test_echo","params":["hi"]}""");
        response!.ToJsonString().ShouldBe("""{"jsonrpc":"2.0","result":"hi","id":7}""");
    }

    [Fact]
    public async Task StringId_IsEchoedAsAString()
    {
        var response = await Dispatch("""{"jsonrpc":"2.0","id":"aB17","method":"test_echo","params":["hi"]}""");
        response!["id"]!.GetValue<string>().ShouldBe("aB17");
    }

    [Fact]
    public async Task LargeNumericId_IsEchoedVerbatim()
    {
        var response = await Dispatch("""{"jsonrpc":"2.0","id":18446744073709551615,"method":"test_echo","params":["x"]}""");
        response!.ToJsonString().ShouldEndWith("\"id\":18446744073709551615}");
    }

    [Theory]
    [InlineData("""[]""")]
    [InlineData("""[null]""")]
    public async Task TrailingParams_OmittedOrNull_AreAccepted(string parameters)
    {
        var response = await Dispatch($$"""{"jsonrpc":"2.0","id":1,"method":"test_optional","params":{{parameters}}}""");
        response!["result"]!.GetValue<string>().ShouldBe("none");
    }

    [Fact]
    public async Task MissingParams_AreAccepted()
    {
        var response = await Dispatch("""{"jsonrpc":"2.0","id":1,"method":"test_optional"}""");
        response!["result"]!.GetValue<string>().ShouldBe("none");
    }

    [Fact]
    public async Task UnknownMethod_IsMethodNotFound()
    {
        var response = await Dispatch("""{"jsonrpc":"2.0","id":1,"method":"nope_nope","params":[]}""");
        response!["error"]!["code"]!.GetValue<int>().ShouldBe(-32601);
        response["error"]!["message"]!.GetValue<string>().ShouldBe("Method not found");
        response["jsonrpc"]!.GetValue<string>().ShouldBe("2.0");
    }

    [Theory]
    [InlineData("{")]
    [InlineData("not json")]
    [InlineData("\"jsonrpc\" 2.0")]
    public async Task InvalidJson_IsParseErrorWithNullId(string text)
    {
        var response = await Dispatch(text);
        response!["error"]!["code"]!.GetValue<int>().ShouldBe(-32700);
        response["id"].ShouldBeNull();
    }

    [Theory]
    [InlineData("""{"id":1,"method":"test_echo","params":["x"]}""")]
    [InlineData("""{"jsonrpc":"1.0","id":1,"method":"test_echo","params":["x"]}""")]
    [InlineData("""{"jsonrpc":"2.0","id":1,"params":["x"]}""")]
    [InlineData("""{"jsonrpc":"2.0","id":1,"method":5}""")]
    [InlineData("""{"jsonrpc":"2.0","id":[1],"method":"test_echo"}""")]
    [InlineData("""42""")]
    public async Task MalformedRequest_IsInvalidRequest(string text)
    {
        var response = await Dispatch(text);
        response!["error"]!["code"]!.GetValue<int>().ShouldBe(-32600);
    }

    [Fact]
    public async Task BadParams_AreInvalidParamsNamingTheParameter()
    {
        var response = await Dispatch("""{"jsonrpc":"2.0","id":1,"method":"test_echo","params":[5]}""");
        response!["error"]!["code"]!.GetValue<int>().ShouldBe(-32602);
        response["error"]!["data"]!.GetValue<string>().ShouldContain("text");
    }

    [Fact]
    public async Task ObjectParams_AreInvalidParams()
    {
        var response = await Dispatch("""{"jsonrpc":"2.0","id":1,"method":"test_echo","params":{"text":"x"}}""");
        response!["error"]!["code"]!.GetValue<int>().ShouldBe(-32602);
    }

    [Fact]
    public async Task ThrowingMethod_IsInternalError()
    {
        var response = await Dispatch("""{"jsonrpc":"2.0","id":1,"method":"test_throw","params":[]}""");
        response!["error"]!["code"]!.GetValue<int>().ShouldBe(-32603);
    }

    [Fact]
    public async Task Notification_GetsNoResponse()
    {
        (await Dispatch("""{"jsonrpc":"2.0","method":"test_echo","params":["x"]}""")).ShouldBeNull();
    }

    [Fact]
    public async Task Batch_AnswersEachRequestAndSkipsNotifications()
    {
        var response = await Dispatch("""
            [{"jsonrpc":"2.0","id":1,"method":"test_echo","params":["a"]},
             {"jsonrpc":"2.0","method":"test_echo","params":["skip"]},
             {"jsonrpc":"2.0","id":"two","method":"nope"},
             5]
            """);
        var array = response!.AsArray();
        array.Count.ShouldBe(3);
        array[0]!["result"]!.GetValue<string>().ShouldBe("a");
        array[1]!["id"]!.GetValue<string>().ShouldBe("two");
        array[1]!["error"]!["code"]!.GetValue<int>().ShouldBe(-32601);
        array[2]!["error"]!["code"]!.GetValue<int>().ShouldBe(-32600);
    }

    [Fact]
    public async Task EmptyBatch_IsInvalidRequest()
    {
        var response = await Dispatch("[]");
        response!["error"]!["code"]!.GetValue<int>().ShouldBe(-32600);
    }

    [Fact]
    public async Task BatchOverTheLimit_IsRefusedAsAWhole()
    {
        var batch = "[" + string.Join(",", Enumerable.Range(0, 3).Select(i => $$"""{"jsonrpc":"2.0","id":{{i}},"method":"test_echo","params":["x"]}""")) + "]";
        var response = await Dispatch(batch, new RpcOptions { MaxBatchSize = 2 });
        response!["error"]!["code"]!.GetValue<int>().ShouldBe(-32010);
    }

    [Fact]
    public async Task SlowMethod_IsAnsweredWithATimeout()
    {
        var response = await Dispatch(
            """{"jsonrpc":"2.0","id":1,"method":"test_sleep","params":[5000]}""",
            new RpcOptions { RequestTimeout = TimeSpan.FromMilliseconds(50) });
        response!["error"]!["code"]!.GetValue<int>().ShouldBe(-32000);
        response["error"]!["message"]!.GetValue<string>().ShouldBe("Request timed out");
    }

    [Fact]
    public async Task ResponseOverTheLimit_IsOversizedResponse()
    {
        var response = await Dispatch(
            """{"jsonrpc":"2.0","id":1,"method":"test_big","params":[5000]}""",
            new RpcOptions { MaxResponseBytes = 2048 });
        response!["error"]!["code"]!.GetValue<int>().ShouldBe(-32008);
    }

    [Fact]
    public async Task SubscriptionOverHttp_IsRefused()
    {
        var response = await Dispatch("""{"jsonrpc":"2.0","id":1,"method":"test_subscribe","params":[]}""");
        response!["error"]!["code"]!.GetValue<int>().ShouldBe(-32601);
    }

    [Fact]
    public async Task RpcMethods_ListsEveryRegisteredNameIncludingAliases()
    {
        var response = await Dispatch("""{"jsonrpc":"2.0","id":1,"method":"rpc_methods","params":[]}""");
        var names = response!["result"]!["methods"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        names.ShouldContain("chain_getBlockHash");
        names.ShouldContain("chain_getHead");
        names.ShouldContain("rpc_methods");
        names.ShouldBe(names.Order(StringComparer.Ordinal).ToList());
    }
}
