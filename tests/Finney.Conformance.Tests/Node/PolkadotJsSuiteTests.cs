namespace Finney.Conformance.Tests.Node;

/// <summary>The polkadot.js acceptance checks of issue #3, one test each.</summary>
public sealed class PolkadotJsSuiteTests(PolkadotJsSuite suite) : IClassFixture<PolkadotJsSuite>
{
    public static TheoryData<string> Checks => [.. PolkadotJsSuite.Checks];

    [Theory]
    [MemberData(nameof(Checks))]
    public void Check_Passes(string check)
    {
        suite.Results.TryGetValue(check, out var result).ShouldBeTrue($"the suite did not run '{check}':\n{suite.Transcript}\n--- node ---\n{suite.NodeOutput}");
        result!["ok"]!.GetValue<bool>().ShouldBeTrue($"{result["error"]}\n--- node ---\n{suite.NodeOutput}");
    }
}
