using Finney.Primitives.Accounts;
using Finney.Primitives.Scale;
using Finney.Runtime.Balances;
using Finney.Runtime.Extrinsics;
using Finney.Runtime.Kernel;
using Finney.Runtime.Sudo;
using Finney.Runtime.System;
using Finney.Testing;

namespace Finney.Runtime.Tests.Sudo;

public sealed class SudoTests
{
    private const ulong Tao = TestRuntime.Tao;
    private static readonly AccountId32 Alice = DevAccounts.Alice.AccountId;
    private static readonly AccountId32 Bob = DevAccounts.Bob.AccountId;

    private static TestChain Chain() => new TestRuntime().WithBalance(Alice, 100 * Tao).WithBalance(Bob, 10 * Tao).Build();

    [Fact]
    public void Sudo_ByKey_DispatchesAsRoot()
    {
        using var chain = Chain();
        var result = chain.Dispatch(new SudoDispatch(new ForceSetBalance(MultiAddress.Id(Bob), 20 * Tao)), Alice);
        result.IsOk.ShouldBeTrue();
        result.PostInfo.PaysFee.ShouldBe(Pays.No);
        chain.Free(Bob).ShouldBe(20 * Tao);
        chain.LastEvent.ShouldBe(new Sudid(DispatchResult.Ok));
    }

    [Fact]
    public void Sudo_InnerFailure_IsReportedInSudid_AndSudoSucceeds()
    {
        using var chain = Chain();
        var result = chain.Dispatch(new SudoDispatch(new ForceTransfer(MultiAddress.Id(Bob), MultiAddress.Id(Alice), 50 * Tao)), Alice);
        result.IsOk.ShouldBeTrue();
        chain.LastEvent.ShouldBe(new Sudid(DispatchResult.Fail(DispatchError.Token(TokenError.FundsUnavailable))));
    }

    [Fact]
    public void Sudo_ByOtherAccount_FailsWithRequireSudo()
    {
        using var chain = Chain();
        chain.AssertNoop(new SudoDispatch(new Remark([])), Origin.Signed(Bob), DispatchError.Module(SudoPallet.Index, (byte)SudoError.RequireSudo));
        chain.AssertNoop(new SudoDispatch(new Remark([])), Origin.Root, DispatchError.BadOrigin);
    }

    [Fact]
    public void SudoUncheckedWeight_UsesTheGivenWeight()
    {
        using var chain = Chain();
        var call = new SudoUncheckedWeight(new Remark([]), new Weight(42, 7));
        call.GetDispatchInfo().Weight.ShouldBe(new Weight(42, 7));
        chain.Dispatch(call, Alice).IsOk.ShouldBeTrue();
        chain.LastEvent.ShouldBe(new Sudid(DispatchResult.Ok));
    }

    [Fact]
    public void SetKey_ChangesTheKey()
    {
        using var chain = Chain();
        chain.Dispatch(new SetKey(MultiAddress.Id(Bob)), Alice).IsOk.ShouldBeTrue();
        chain.LastEvent.ShouldBe(new KeyChanged(Option<AccountId32>.Some(Alice), Bob));
        SudoPallet.Key.Get(chain.State).ShouldBe(Bob);
        chain.AssertNoop(new SetKey(MultiAddress.Id(Alice)), Origin.Signed(Alice), DispatchError.Module(SudoPallet.Index, (byte)SudoError.RequireSudo));
    }

    [Fact]
    public void SudoAs_DispatchesAsTheGivenAccount()
    {
        using var chain = Chain();
        chain.Dispatch(new SudoAs(MultiAddress.Id(Bob), new TransferAllowDeath(MultiAddress.Id(Alice), Tao)), Alice).IsOk.ShouldBeTrue();
        chain.Free(Bob).ShouldBe(9 * Tao);
        chain.LastEvent.ShouldBe(new SudoAsDone(DispatchResult.Ok));
    }

    [Fact]
    public void RemoveKey_LeavesNoKey()
    {
        using var chain = Chain();
        chain.Dispatch(RemoveKey.Instance, Alice).IsOk.ShouldBeTrue();
        chain.LastEvent.ShouldBe(KeyRemoved.Instance);
        SudoPallet.Key.Exists(chain.State).ShouldBeFalse();
        chain.AssertNoop(new SudoDispatch(new Remark([])), Origin.Signed(Alice), DispatchError.Module(SudoPallet.Index, (byte)SudoError.RequireSudo));
    }

    [Fact]
    public void SudoCall_FromNonKey_IsRejectedByThePool()
    {
        using var chain = Chain();
        var check = chain.Validate(chain.Sign(DevAccounts.Bob, new SudoDispatch(new Remark([]))));
        check.Error.ShouldBe(TransactionValidityError.Invalid(InvalidTransaction.BadSigner));
    }

    [Fact]
    public void SudoCall_InBlock_PaysNoFee()
    {
        using var chain = Chain();
        var before = chain.Free(Alice);
        var (_, outcomes) = chain.ProduceBlock(chain.Sign(DevAccounts.Alice, new SudoDispatch(new ForceSetBalance(MultiAddress.Id(Bob), 20 * Tao))));
        outcomes[0].Result.IsSuccess.ShouldBeTrue();
        chain.Free(Alice).ShouldBe(before);
    }
}
