using System.Text.Json;

namespace Finney.Rpc.Tests;

public sealed class ErrorTextTests
{
    [Fact]
    public void InvalidTransaction_Is1010WithTheReasonAsData()
    {
        var error = SubstrateErrors.InvalidTransaction("Transaction has a bad signature");
        JsonSerializer.Serialize(error, RpcJsonContext.Default.JsonRpcError)
            .ShouldBe("""{"code":1010,"message":"Invalid Transaction","data":"Transaction has a bad signature"}""");
    }

    [Fact]
    public void TooLowPriority_NamesBothPriorities()
    {
        var error = SubstrateErrors.TooLowPriority(5, 3);
        error.Code.ShouldBe(1014);
        error.Message.ShouldBe("Priority is too low: (5 vs 3)");
    }

    [Fact]
    public void ErrorsWithoutData_OmitTheMember()
    {
        JsonSerializer.Serialize(JsonRpcError.MethodNotFound(), RpcJsonContext.Default.JsonRpcError)
            .ShouldBe("""{"code":-32601,"message":"Method not found"}""");
    }

    [Theory]
    [InlineData(1001)]
    [InlineData(1012)]
    [InlineData(1013)]
    [InlineData(1016)]
    [InlineData(4003)]
    public void SubstrateCodes_AreTheirFamilyBasePlusOffset(int code)
    {
        var error = code switch
        {
            1001 => SubstrateErrors.BadFormat("x"),
            1012 => SubstrateErrors.TemporarilyBanned(),
            1013 => SubstrateErrors.AlreadyImported("0x"),
            1016 => SubstrateErrors.ImmediatelyDropped(),
            _ => SubstrateErrors.Client("x"),
        };
        error.Code.ShouldBe(code);
    }
}
