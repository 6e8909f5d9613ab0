using Finney.Primitives.Accounts;
using Finney.Sdk.Transactions;

namespace Finney.Sdk.Tests.Transactions;

public class NonceTrackerTests
{
    private static readonly AccountId32 Alice = AccountId32.Parse("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY");

    [Fact]
    public async Task Next_ChainLagsBehind_HandsOutConsecutiveNonces()
    {
        var tracker = new NonceTracker();

        var nonces = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => tracker.NextAsync(Alice, _ => Task.FromResult(7u))));

        nonces.Order().ToArray().ShouldBe([7u, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
    }

    [Fact]
    public async Task Next_ChainAhead_TakesTheChainsNonce()
    {
        var tracker = new NonceTracker();
        await tracker.NextAsync(Alice, _ => Task.FromResult(1u));

        (await tracker.NextAsync(Alice, _ => Task.FromResult(5u))).ShouldBe(5u);
    }

    [Fact]
    public async Task Reset_AfterARejection_AsksTheChainAgain()
    {
        var tracker = new NonceTracker();
        await tracker.NextAsync(Alice, _ => Task.FromResult(3u));
        await tracker.NextAsync(Alice, _ => Task.FromResult(3u));

        tracker.Reset(Alice);

        (await tracker.NextAsync(Alice, _ => Task.FromResult(3u))).ShouldBe(3u);
    }
}
