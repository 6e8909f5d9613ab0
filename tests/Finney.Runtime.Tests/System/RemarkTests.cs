using Finney.Primitives.Hashing;
using Finney.Runtime.Kernel;
using Finney.Runtime.System;
using Finney.Testing;

namespace Finney.Runtime.Tests.System;

public sealed class RemarkTests
{
    [Fact]
    public void Remark_FromAnyOrigin_DoesNothing()
    {
        using var chain = new TestRuntime().Build();
        chain.Dispatch(new Remark([1, 2, 3]), Origin.Root).IsOk.ShouldBeTrue();
        chain.Dispatch(new Remark([1, 2, 3]), DevAccounts.Bob.AccountId).IsOk.ShouldBeTrue();
        chain.LastEvents.ShouldBeEmpty();
    }

    [Fact]
    public void RemarkWithEvent_EmitsRemarkedWithTheHash()
    {
        using var chain = new TestRuntime().Build();
        chain.Dispatch(new RemarkWithEvent([1, 2, 3]), DevAccounts.Bob.AccountId).IsOk.ShouldBeTrue();
        var remarked = chain.LastEvent.ShouldBeOfType<Remarked>();
        remarked.Sender.ShouldBe(DevAccounts.Bob.AccountId);
        remarked.Hash.ShouldBe(Blake2b.Hash256([1, 2, 3]));
    }

    [Fact]
    public void RemarkWithEvent_Unsigned_FailsWithBadOrigin()
    {
        using var chain = new TestRuntime().Build();
        chain.AssertNoop(new RemarkWithEvent([1]), Origin.Root, DispatchError.BadOrigin);
    }

    [Fact]
    public void Remark_WeightGrowsWithLength() =>
        new Remark(new byte[1000]).GetDispatchInfo().Weight.RefTime.ShouldBeGreaterThan(new Remark([]).GetDispatchInfo().Weight.RefTime);
}
