using Finney.Sdk.Chain;

namespace Finney.Sdk.Tests.Chain;

public class NetworkEndpointsTests
{
    private static string? NoVariables(string name) => null;

    [Theory]
    [InlineData("finney", "wss://entrypoint-finney.opentensor.ai/")]
    [InlineData("TEST", "wss://test.finney.opentensor.ai/")]
    [InlineData("local", "ws://127.0.0.1:9944/")]
    [InlineData("ws://10.0.0.5:9944", "ws://10.0.0.5:9944/")]
    public void TryResolve_NamesAndUrls_GiveBtclisEndpoints(string network, string expected)
    {
        NetworkEndpoints.TryResolve(network, NoVariables, out var endpoint, out _).ShouldBeTrue();
        endpoint.ToString().ShouldBe(expected);
    }

    [Fact]
    public void TryResolve_LocalWithEnvironmentOverride_UsesTheVariable()
    {
        NetworkEndpoints.TryResolve("local", name => name == NetworkEndpoints.LocalEndpointVariable ? "ws://node:9000" : null, out var endpoint, out _).ShouldBeTrue();
        endpoint.ToString().ShouldBe("ws://node:9000/");
    }

    [Theory]
    [InlineData("mainnet")]
    [InlineData("http://127.0.0.1:9944")]
    public void TryResolve_NotANetwork_SaysWhatIs(string network)
    {
        NetworkEndpoints.TryResolve(network, NoVariables, out _, out var error).ShouldBeFalse();
        error.ShouldContain("finney, test, archive, local");
    }
}
