using Finney.Primitives.Accounts;
using Finney.Runtime.Balances;
using Finney.Runtime.Extrinsics;
using Finney.Runtime.Kernel;
using Finney.Runtime.System;
using Finney.Testing;

namespace Finney.Runtime.Tests.Balances;

public sealed class TransferTests
{
    private const ulong Tao = TestRuntime.Tao;
    private static readonly AccountId32 Alice = DevAccounts.Alice.AccountId;
    private static readonly AccountId32 Bob = DevAccounts.Bob.AccountId;
    private static readonly AccountId32 Fresh = DevAccounts.Account("Fresh");

    private static TestChain Chain() => new TestRuntime().WithBalance(Alice, 100 * Tao).WithBalance(Bob, 10 * Tao).Build();

    [Fact]
    public void TransferAllowDeath_MovesBalance_EmitsTransfer()
    {
        using var chain = Chain();
        chain.Dispatch(new TransferAllowDeath(MultiAddress.Id(Bob), 3 * Tao), Alice).IsOk.ShouldBeTrue();
        chain.Free(Alice).ShouldBe(97 * Tao);
        chain.Free(Bob).ShouldBe(13 * Tao);
        chain.LastEvent.ShouldBe(new Transfer(Alice, Bob, 3 * Tao));
        chain.TotalIssuance.ShouldBe(110 * Tao);
    }

    [Fact]
    public void TransferAllowDeath_ToNewAccount_CreatesItWithEvents()
    {
        using var chain = Chain();
        chain.Dispatch(new TransferAllowDeath(MultiAddress.Id(Fresh), 500), Alice).IsOk.ShouldBeTrue();
        chain.LastEvents.Select(e => e.Event).ShouldBe([new NewAccount(Fresh), new Endowed(Fresh, 500), new Transfer(Alice, Fresh, 500)]);
        chain.Account(Fresh).Providers.ShouldBe(1u);
        chain.Account(Fresh).Data.Flags.ShouldBe(AccountData.NewLogicFlag);
    }

    [Fact]
    public void TransferAllowDeath_BelowExistentialDepositToNewAccount_FailsWithBelowMinimum()
    {
        using var chain = Chain();
        chain.AssertNoop(new TransferAllowDeath(MultiAddress.Id(Fresh), 499), Origin.Signed(Alice), DispatchError.Token(TokenError.BelowMinimum));
    }

    [Fact]
    public void TransferAllowDeath_MoreThanFree_FailsWithFundsUnavailable()
    {
        using var chain = Chain();
        chain.AssertNoop(new TransferAllowDeath(MultiAddress.Id(Bob), 101 * Tao), Origin.Signed(Alice), DispatchError.Token(TokenError.FundsUnavailable));
    }

    [Fact]
    public void TransferAllowDeath_MoreThanTotalIssuance_FailsWithUnderflow()
    {
        using var chain = Chain();
        chain.AssertNoop(new TransferAllowDeath(MultiAddress.Id(Bob), 111 * Tao), Origin.Signed(Alice), DispatchError.Arithmetic(ArithmeticError.Underflow));
    }

    [Fact]
    public void TransferAllowDeath_LeavingDust_ReapsSenderAndBurnsDust()
    {
        using var chain = Chain();
        chain.Dispatch(new TransferAllowDeath(MultiAddress.Id(Alice), (10 * Tao) - 100), Bob).IsOk.ShouldBeTrue();
        chain.LastEvents.Select(e => e.Event).ShouldBe([new KilledAccount(Bob), new DustLost(Bob, 100), new Transfer(Bob, Alice, (10 * Tao) - 100)]);
        SystemStorage.Account.ContainsKey(chain.State, Bob).ShouldBeFalse();
        chain.TotalIssuance.ShouldBe((110 * Tao) - 100);
    }

    [Fact]
    public void TransferAllowDeath_FromUnsignedOrigin_FailsWithBadOrigin()
    {
        using var chain = Chain();
        chain.AssertNoop(new TransferAllowDeath(MultiAddress.Id(Bob), 1), Origin.None, DispatchError.BadOrigin);
        chain.AssertNoop(new TransferAllowDeath(MultiAddress.Id(Bob), 1), Origin.Root, DispatchError.BadOrigin);
    }

    [Theory]
    [InlineData(MultiAddressKind.Index)]
    [InlineData(MultiAddressKind.Raw)]
    [InlineData(MultiAddressKind.Address32)]
    [InlineData(MultiAddressKind.Address20)]
    public void TransferAllowDeath_ToNonIdAddress_FailsWithCannotLookup(MultiAddressKind kind)
    {
        using var chain = Chain();
        var bytes = kind switch { MultiAddressKind.Address20 => new byte[20], MultiAddressKind.Index => [], _ => new byte[32] };
        chain.AssertNoop(new TransferAllowDeath(new MultiAddress(kind, bytes), 1), Origin.Signed(Alice), DispatchError.CannotLookup);
    }

    [Fact]
    public void TransferToSelf_ChangesNothing()
    {
        using var chain = Chain();
        chain.Dispatch(new TransferAllowDeath(MultiAddress.Id(Alice), Tao), Alice).IsOk.ShouldBeTrue();
        chain.Free(Alice).ShouldBe(100 * Tao);
    }

    [Fact]
    public void TransferKeepAlive_ThatWouldKillSender_FailsWithNotExpendable()
    {
        using var chain = Chain();
        chain.AssertNoop(new TransferKeepAlive(MultiAddress.Id(Alice), (10 * Tao) - 100), Origin.Signed(Bob), DispatchError.Token(TokenError.NotExpendable));
    }

    [Fact]
    public void TransferKeepAlive_LeavingExistentialDeposit_Works()
    {
        using var chain = Chain();
        chain.Dispatch(new TransferKeepAlive(MultiAddress.Id(Alice), (10 * Tao) - 500), Bob).IsOk.ShouldBeTrue();
        chain.Free(Bob).ShouldBe(500ul);
    }

    [Fact]
    public void TransferAll_KeepAlive_LeavesExistentialDeposit()
    {
        using var chain = Chain();
        chain.Dispatch(new TransferAll(MultiAddress.Id(Alice), KeepAlive: true), Bob).IsOk.ShouldBeTrue();
        chain.Free(Bob).ShouldBe(BalancesPallet.ExistentialDeposit);
        chain.Free(Alice).ShouldBe((110 * Tao) - 500);
    }

    [Fact]
    public void TransferAll_AllowDeath_EmptiesAndReapsSender()
    {
        using var chain = Chain();
        chain.Dispatch(new TransferAll(MultiAddress.Id(Alice), KeepAlive: false), Bob).IsOk.ShouldBeTrue();
        SystemStorage.Account.ContainsKey(chain.State, Bob).ShouldBeFalse();
        chain.Free(Alice).ShouldBe(110 * Tao);
        chain.LastEvents.Select(e => e.Event).ShouldBe([new KilledAccount(Bob), new Transfer(Bob, Alice, 10 * Tao)]);
    }

    [Fact]
    public void ForceTransfer_ByRoot_MovesFromAnyAccount()
    {
        using var chain = Chain();
        chain.Dispatch(new ForceTransfer(MultiAddress.Id(Bob), MultiAddress.Id(Alice), Tao), Origin.Root).IsOk.ShouldBeTrue();
        chain.Free(Bob).ShouldBe(9 * Tao);
        chain.LastEvent.ShouldBe(new Transfer(Bob, Alice, Tao));
    }

    [Fact]
    public void ForceTransfer_BySigned_FailsWithBadOrigin()
    {
        using var chain = Chain();
        chain.AssertNoop(new ForceTransfer(MultiAddress.Id(Bob), MultiAddress.Id(Alice), Tao), Origin.Signed(Alice), DispatchError.BadOrigin);
    }

    [Fact]
    public void ForceSetBalance_ByRoot_SetsFreeAndIssuance()
    {
        using var chain = Chain();
        chain.Dispatch(new ForceSetBalance(MultiAddress.Id(Fresh), 7 * Tao), Origin.Root).IsOk.ShouldBeTrue();
        chain.Free(Fresh).ShouldBe(7 * Tao);
        chain.TotalIssuance.ShouldBe(117 * Tao);
        chain.LastEvent.ShouldBe(new BalanceSet(Fresh, 7 * Tao));

        chain.Dispatch(new ForceSetBalance(MultiAddress.Id(Bob), 499), Origin.Root).IsOk.ShouldBeTrue();
        SystemStorage.Account.ContainsKey(chain.State, Bob).ShouldBeFalse();
        chain.TotalIssuance.ShouldBe(107 * Tao);
    }

    [Fact]
    public void ForceSetBalance_BySigned_FailsWithBadOrigin()
    {
        using var chain = Chain();
        chain.AssertNoop(new ForceSetBalance(MultiAddress.Id(Bob), 1), Origin.Signed(Alice), DispatchError.BadOrigin);
    }
}
