using Finney.Primitives.Accounts;
using Finney.Runtime.Balances;
using Finney.Runtime.Extrinsics;
using Finney.Runtime.Kernel;
using Finney.Runtime.Sudo;
using Finney.Runtime.System;
using Finney.Runtime.Utility;
using Finney.Testing;

namespace Finney.Runtime.Tests.Utility;

public sealed class BatchTests
{
    private const ulong Tao = TestRuntime.Tao;
    private static readonly AccountId32 Alice = DevAccounts.Alice.AccountId;
    private static readonly AccountId32 Bob = DevAccounts.Bob.AccountId;

    private static TestChain Chain() => new TestRuntime().WithBalance(Alice, 100 * Tao).WithBalance(Bob, 10 * Tao).Build();

    private static TransferAllowDeath Pay(ulong tao) => new TransferAllowDeath(MultiAddress.Id(Bob), tao * Tao);

    [Fact]
    public void Batch_AllSucceed_EmitsItemCompletedThenBatchCompleted()
    {
        using var chain = Chain();
        chain.Dispatch(new Batch([Pay(1), Pay(2)]), Alice).IsOk.ShouldBeTrue();
        chain.Free(Bob).ShouldBe(13 * Tao);
        chain.LastEvents.Select(e => e.Event).ShouldBe([new Transfer(Alice, Bob, Tao), ItemCompleted.Instance, new Transfer(Alice, Bob, 2 * Tao), ItemCompleted.Instance, BatchCompleted.Instance]);
    }

    [Fact]
    public void Batch_FailureInTheMiddle_KeepsEarlierCalls_StopsAndSucceeds()
    {
        using var chain = Chain();
        var result = chain.Dispatch(new Batch([Pay(1), Pay(105), Pay(2)]), Alice);
        result.IsOk.ShouldBeTrue();
        chain.Free(Bob).ShouldBe(11 * Tao);
        chain.LastEvents.Select(e => e.Event).ShouldBe([new Transfer(Alice, Bob, Tao), ItemCompleted.Instance, new BatchInterrupted(1, DispatchError.Token(TokenError.FundsUnavailable))]);
        result.PostInfo.ActualWeight.ShouldNotBeNull();
    }

    [Fact]
    public void BatchAll_FailureAnywhere_RollsEverythingBack()
    {
        using var chain = Chain();
        chain.AssertNoop(new BatchAll([Pay(1), Pay(105)]), Origin.Signed(Alice), DispatchError.Token(TokenError.FundsUnavailable));
    }

    [Fact]
    public void BatchAll_AllSucceed_Completes()
    {
        using var chain = Chain();
        chain.Dispatch(new BatchAll([Pay(1), Pay(2)]), Alice).IsOk.ShouldBeTrue();
        chain.Free(Bob).ShouldBe(13 * Tao);
        chain.LastEvent.ShouldBe(BatchCompleted.Instance);
    }

    [Fact]
    public void ForceBatch_ContinuesPastFailures_AndReportsThem()
    {
        using var chain = Chain();
        chain.Dispatch(new ForceBatch([Pay(105), Pay(2)]), Alice).IsOk.ShouldBeTrue();
        chain.Free(Bob).ShouldBe(12 * Tao);
        chain.LastEvents.Select(e => e.Event).ShouldBe([new ItemFailed(DispatchError.Token(TokenError.FundsUnavailable)), new Transfer(Alice, Bob, 2 * Tao), ItemCompleted.Instance, BatchCompletedWithErrors.Instance]);
    }

    [Fact]
    public void Batch_FromNoneOrigin_FailsWithBadOrigin()
    {
        using var chain = Chain();
        chain.AssertNoop(new Batch([Pay(1)]), Origin.None, DispatchError.BadOrigin);
    }

    [Fact]
    public void NestedBatch_FromSignedOrigin_IsFiltered()
    {
        using var chain = Chain();
        chain.AssertNoop(new Batch([new ForceBatch([Pay(1)])]), Origin.Signed(Alice), SystemErrors.Of(SystemError.CallFiltered));
    }

    [Fact]
    public void NestedBatch_ThroughSudo_IsAllowedForRoot()
    {
        using var chain = Chain();
        chain.Dispatch(new SudoDispatch(new Batch([new Batch([new ForceTransfer(MultiAddress.Id(Alice), MultiAddress.Id(Bob), Tao)])])), Alice).IsOk.ShouldBeTrue();
        chain.Free(Bob).ShouldBe(11 * Tao);
    }

    [Fact]
    public void BatchWeight_IsTheCallsPlusTheBatch_AndFeeFreeIfAnyCallIs()
    {
        var batch = new Batch([Pay(1), Pay(2)]);
        batch.GetDispatchInfo().Weight.ShouldBe(UtilityPallet.BatchWeight(2).SaturatingAdd(Pay(1).GetDispatchInfo().Weight).SaturatingAdd(Pay(2).GetDispatchInfo().Weight));
        batch.GetDispatchInfo().PaysFee.ShouldBe(Pays.Yes);
    }

    [Fact]
    public void Batch_Encoding_RoundTrips()
    {
        var batch = new BatchAll([Pay(1), new Remark([7]), new Batch([])]);
        var bytes = RuntimeTypes.Call.Encode(batch);
        bytes[0].ShouldBe(UtilityPallet.Index);
        bytes[1].ShouldBe((byte)2);
        RuntimeTypes.Call.Decode(bytes).ShouldBeOfType<BatchAll>().Calls.Count.ShouldBe(3);
    }
}
