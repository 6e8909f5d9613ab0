using System.Text.Json;
using Finney.Rpc.Dto;

namespace Finney.Rpc.Tests;

public sealed class DtoJsonTests
{
    [Fact]
    public void Header_SerializesWithSubstrateFieldNames()
    {
        var header = new HeaderDto("0x00", "0x3e8", "0x01", "0x02", new DigestDto(["0x0661757261"]));
        JsonSerializer.Serialize(header, RpcJsonContext.Default.HeaderDto)
            .ShouldBe("""{"parentHash":"0x00","number":"0x3e8","stateRoot":"0x01","extrinsicsRoot":"0x02","digest":{"logs":["0x0661757261"]}}""");
    }

    [Fact]
    public void SignedBlock_WritesNullJustifications()
    {
        var block = new SignedBlockDto(new BlockDto(new HeaderDto("0x", "0x0", "0x", "0x", new DigestDto([])), ["0x1004"]), null);
        JsonSerializer.Serialize(block, RpcJsonContext.Default.SignedBlockDto).ShouldEndWith("\"extrinsics\":[\"0x1004\"]},\"justifications\":null}");
    }

    [Fact]
    public void RuntimeVersion_WritesApisAsPairsAndBothVersionFields()
    {
        var version = new RuntimeVersionDto("node-subtensor", "node-subtensor", 1, 393, 1, [new RuntimeApiDto("0xdf6acb689907609b", 5)], 1, 1, 1);
        var json = JsonSerializer.Serialize(version, RpcJsonContext.Default.RuntimeVersionDto);
        json.ShouldContain("\"apis\":[[\"0xdf6acb689907609b\",5]]");
        json.ShouldContain("\"systemVersion\":1,\"stateVersion\":1");
        JsonSerializer.Deserialize(json, RpcJsonContext.Default.RuntimeVersionDto)!.Apis.Single().Version.ShouldBe(5u);
    }

    [Theory]
    [InlineData("ready", null, "\"ready\"")]
    [InlineData("inBlock", "0xab", "{\"inBlock\":\"0xab\"}")]
    [InlineData("finalized", "0xcd", "{\"finalized\":\"0xcd\"}")]
    [InlineData("usurped", "0xef", "{\"usurped\":\"0xef\"}")]
    [InlineData("dropped", null, "\"dropped\"")]
    public void ExtrinsicStatus_IsAStringOrAOneMemberObject(string kind, string? hash, string expected)
    {
        var json = JsonSerializer.Serialize(new ExtrinsicStatusDto(kind, hash), RpcJsonContext.Default.ExtrinsicStatusDto);
        json.ShouldBe(expected);
        JsonSerializer.Deserialize(json, RpcJsonContext.Default.ExtrinsicStatusDto).ShouldBe(new ExtrinsicStatusDto(kind, hash));
    }

    [Fact]
    public void StorageChangeSet_WritesNullValues()
    {
        var set = new StorageChangeSetDto("0x01", [["0xaa", "0xbb"], ["0xcc", null]]);
        JsonSerializer.Serialize(set, RpcJsonContext.Default.StorageChangeSetDto).ShouldBe("""{"block":"0x01","changes":[["0xaa","0xbb"],["0xcc",null]]}""");
    }

    [Fact]
    public void DispatchInfo_HasSnakeCaseWeightAndStringFee()
    {
        var info = new RuntimeDispatchInfoDto(new WeightDto(100, 0), "normal", "12345");
        JsonSerializer.Serialize(info, RpcJsonContext.Default.RuntimeDispatchInfoDto)
            .ShouldBe("""{"weight":{"ref_time":100,"proof_size":0},"class":"normal","partialFee":"12345"}""");
    }
}
