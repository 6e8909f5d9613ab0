using Finney.Runtime.Balances;
using Finney.Runtime.Extrinsics;
using Finney.Testing;

namespace Finney.Runtime.Tests.Balances;

public sealed class SmokeTests
{
    [Fact]
    public void SignedTransfer_InBlock_MovesBalanceAndEmitsEvents()
    {
        using var chain = new TestRuntime().WithDevBalances(1_000 * TestRuntime.Tao).Build();
        var bob = DevAccounts.Bob.AccountId;
        var xt = chain.Sign(DevAccounts.Charlie, new TransferKeepAlive(MultiAddress.Id(bob), 5 * TestRuntime.Tao));
        var check = chain.Validate(xt);
        check.IsValid.ShouldBeTrue(check.Error?.ToString() ?? check.MalformedReason);
        var (block, outcomes) = chain.ProduceBlock(xt);
        outcomes[0].Result.IsSuccess.ShouldBeTrue(outcomes[0].Result.Invalid?.ToString() ?? outcomes[0].Result.Dispatch.Error?.ToString());
        chain.Free(bob).ShouldBe(1_005 * TestRuntime.Tao);
        block.Events.Select(e => e.Event.GetType().Name).ShouldBe(["ExtrinsicSuccess", "Withdraw", "Transfer", "Deposit", "Deposit", "TransactionFeePaid", "ExtrinsicSuccess"]);
        FinneyRuntime.Instance.MetadataV14.Length.ShouldBeGreaterThan(1000);
        FinneyRuntime.Instance.MetadataV15.Length.ShouldBeGreaterThan(1000);
    }
}
