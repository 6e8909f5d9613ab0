using Finney.Primitives.Accounts;
using Finney.Runtime.Balances;
using Finney.Runtime.Kernel;
using Finney.Runtime.Subtensor;
using Finney.Runtime.Subtensor.Emission;
using Finney.Runtime.Subtensor.Hyperparameters;
using Finney.Runtime.Subtensor.Staking;
using Finney.Testing;

namespace Finney.Runtime.Tests.Subtensor.Staking;

public sealed class StakeTests
{
    private const ulong Tao = TestRuntime.Tao;
    private static readonly AccountId32 Alice = DevAccounts.Alice.AccountId;
    private static readonly AccountId32 Bob = DevAccounts.Bob.AccountId;
    private static readonly AccountId32 Hotkey = SubtensorSetup.Account(1);

    private static TestChain Chain(ulong txRateLimit = 0) =>
        new TestRuntime().WithBalance(Alice, 1_000 * Tao).WithBalance(Bob, 1_000 * Tao).Build()
            .WithSubnet(1).Sudo(new SudoSetTxRateLimit(txRateLimit)).Registered(1, Alice, Hotkey);

    private static DispatchError Err(SubtensorError e) => SubtensorErrors.Of(e);

    [Fact]
    public void AddStake_OwnHotkey_MovesFreeBalanceIntoStake_KeepingThePalletIssuance()
    {
        using var chain = Chain();
        var issuance = chain.TotalIssuance;
        var palletIssuance = EmissionStorage.TotalIssuance.Get(chain.State);

        var result = chain.Dispatch(new AddStake(Hotkey, 100 * Tao), Alice);

        result.IsOk.ShouldBeTrue();
        result.PostInfo.PaysFee.ShouldBe(Pays.No);
        chain.LastEvent.ShouldBe(new StakeAdded(Hotkey, 100 * Tao));
        chain.LastEvents.Select(e => e.Event).ShouldContain(new Withdraw(Alice, 100 * Tao));
        chain.Free(Alice).ShouldBe(899 * Tao);
        StakingStorage.Stake.Get(chain.State, Hotkey, Alice).ShouldBe(100 * Tao);
        StakingStorage.TotalHotkeyStake.Get(chain.State, Hotkey).ShouldBe(100 * Tao);
        StakingStorage.TotalColdkeyStake.Get(chain.State, Alice).ShouldBe(100 * Tao);
        StakingStorage.TotalStake.Get(chain.State).ShouldBe(100 * Tao);
        StakingStorage.LastTxBlock.Get(chain.State, Alice).ShouldBe(0UL);
        chain.TotalIssuance.ShouldBe(issuance - (100 * Tao));
        EmissionStorage.TotalIssuance.Get(chain.State).ShouldBe(palletIssuance);
    }

    [Fact]
    public void AddStake_Zero_IsAccepted()
    {
        using var chain = Chain();
        chain.Dispatch(new AddStake(Hotkey, 0), Alice).IsOk.ShouldBeTrue();
        chain.LastEvent.ShouldBe(new StakeAdded(Hotkey, 0));
    }

    [Fact]
    public void AddStake_MoreThanFree_FailsWithNotEnoughBalanceToStake()
    {
        using var chain = Chain();
        chain.AssertNoop(new AddStake(Hotkey, 1_000 * Tao), Origin.Signed(Alice), Err(SubtensorError.NotEnoughBalanceToStake));
    }

    [Fact]
    public void AddStake_AllButLessThanTheExistentialDeposit_FailsWithBalanceWithdrawalError()
    {
        using var chain = Chain();
        chain.AssertNoop(new AddStake(Hotkey, chain.Free(Alice) - 1), Origin.Signed(Alice), Err(SubtensorError.BalanceWithdrawalError));
    }

    [Fact]
    public void AddStake_UnknownHotkey_FailsWithNotRegistered()
    {
        using var chain = Chain();
        chain.AssertNoop(new AddStake(SubtensorSetup.Account(9), Tao), Origin.Signed(Alice), Err(SubtensorError.NotRegistered));
    }

    [Fact]
    public void AddStake_OthersHotkeyNotADelegate_FailsWithNonAssociatedColdKey()
    {
        using var chain = Chain();
        chain.AssertNoop(new AddStake(Hotkey, Tao), Origin.Signed(Bob), Err(SubtensorError.NonAssociatedColdKey));
    }

    [Fact]
    public void AddStake_WithinTheRateLimit_FailsWithTxRateLimitExceeded_UntilLimitPlusOneBlocks()
    {
        using var chain = Chain(txRateLimit: 2).RunBlocks(1);
        chain.Dispatch(new AddStake(Hotkey, Tao), Alice).IsOk.ShouldBeTrue();
        chain.RunBlocks(2);
        chain.AssertNoop(new AddStake(Hotkey, Tao), Origin.Signed(Alice), Err(SubtensorError.TxRateLimitExceeded));

        chain.RunBlocks(1);
        chain.Dispatch(new AddStake(Hotkey, Tao), Alice).IsOk.ShouldBeTrue();
    }

    [Fact]
    public void RemoveStake_ReturnsStakeToFreeBalance()
    {
        using var chain = Chain().Staked(Alice, Hotkey, 100 * Tao);
        var issuance = chain.TotalIssuance;

        chain.Dispatch(new RemoveStake(Hotkey, 40 * Tao), Alice).IsOk.ShouldBeTrue();

        chain.LastEvent.ShouldBe(new StakeRemoved(Hotkey, 40 * Tao));
        chain.Free(Alice).ShouldBe(939 * Tao);
        StakingStorage.Stake.Get(chain.State, Hotkey, Alice).ShouldBe(60 * Tao);
        StakingStorage.TotalStake.Get(chain.State).ShouldBe(60 * Tao);
        chain.TotalIssuance.ShouldBe(issuance + (40 * Tao));
    }

    [Theory]
    [InlineData(0UL)]
    [InlineData(101 * Tao)]
    public void RemoveStake_ZeroOrMoreThanStaked_FailsWithNotEnoughStaketoWithdraw(ulong amount)
    {
        using var chain = Chain().Staked(Alice, Hotkey, 100 * Tao);
        chain.AssertNoop(new RemoveStake(Hotkey, amount), Origin.Signed(Alice), Err(SubtensorError.NotEnoughStaketoWithdraw));
    }

    [Fact]
    public void RemoveStake_UnknownHotkey_FailsWithNotRegistered()
    {
        using var chain = Chain();
        chain.AssertNoop(new RemoveStake(SubtensorSetup.Account(9), Tao), Origin.Signed(Alice), Err(SubtensorError.NotRegistered));
    }

    [Fact]
    public void RemoveStake_OthersHotkey_FailsWithNonAssociatedColdKey()
    {
        using var chain = Chain().Staked(Alice, Hotkey, 100 * Tao);
        chain.AssertNoop(new RemoveStake(Hotkey, Tao), Origin.Signed(Bob), Err(SubtensorError.NonAssociatedColdKey));
    }

    [Fact]
    public void RemoveStake_WithinTheRateLimit_FailsWithTxRateLimitExceeded()
    {
        using var chain = Chain().Staked(Alice, Hotkey, 100 * Tao).RunBlocks(1).Sudo(new SudoSetTxRateLimit(5)).Staked(Alice, Hotkey, Tao);
        chain.AssertNoop(new RemoveStake(Hotkey, Tao), Origin.Signed(Alice), Err(SubtensorError.TxRateLimitExceeded));
    }

    [Fact]
    public void BecomeDelegate_SetsTheDefaultTake_AndOpensTheHotkeyToNominators()
    {
        using var chain = Chain();
        chain.Dispatch(new BecomeDelegate(Hotkey), Alice).IsOk.ShouldBeTrue();

        chain.LastEvent.ShouldBe(new DelegateAdded(Alice, Hotkey, SubtensorConfig.DefaultTake));
        StakingStorage.Delegates.Get(chain.State, Hotkey).ShouldBe((ushort)11_796);
        chain.Dispatch(new AddStake(Hotkey, 50 * Tao), Bob).IsOk.ShouldBeTrue();
        StakingStorage.Stake.Get(chain.State, Hotkey, Bob).ShouldBe(50 * Tao);
        chain.Dispatch(new RemoveStake(Hotkey, 20 * Tao), Bob).IsOk.ShouldBeTrue();
        StakingStorage.Stake.Get(chain.State, Hotkey, Bob).ShouldBe(30 * Tao);
    }

    [Fact]
    public void BecomeDelegate_UnknownHotkey_FailsWithNotRegistered()
    {
        using var chain = Chain();
        chain.AssertNoop(new BecomeDelegate(SubtensorSetup.Account(9)), Origin.Signed(Alice), Err(SubtensorError.NotRegistered));
    }

    [Fact]
    public void BecomeDelegate_OthersHotkey_FailsWithNonAssociatedColdKey()
    {
        using var chain = Chain();
        chain.AssertNoop(new BecomeDelegate(Hotkey), Origin.Signed(Bob), Err(SubtensorError.NonAssociatedColdKey));
    }

    [Fact]
    public void BecomeDelegate_Twice_FailsWithAlreadyDelegate()
    {
        using var chain = Chain();
        chain.Dispatch(new BecomeDelegate(Hotkey), Alice).IsOk.ShouldBeTrue();
        chain.AssertNoop(new BecomeDelegate(Hotkey), Origin.Signed(Alice), Err(SubtensorError.AlreadyDelegate));
    }

    [Fact]
    public void BecomeDelegate_WithinTheRateLimit_FailsWithTxRateLimitExceeded()
    {
        using var chain = Chain().RunBlocks(1).Sudo(new SudoSetTxRateLimit(5)).Staked(Alice, Hotkey, Tao);
        chain.AssertNoop(new BecomeDelegate(Hotkey), Origin.Signed(Alice), Err(SubtensorError.TxRateLimitExceeded));
    }

    [Fact]
    public void AddStake_HotkeyOfARemovedSubnet_IsStillAccepted_BecauseOwnershipPersists()
    {
        using var chain = Chain().Sudo(new Runtime.Subtensor.Networks.SudoRemoveNetwork(1));
        chain.Dispatch(new AddStake(Hotkey, Tao), Alice).IsOk.ShouldBeTrue();
    }
}
