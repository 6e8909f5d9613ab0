using Finney.Primitives.Accounts;
using Finney.Runtime.Kernel;
using Finney.Runtime.Subtensor;
using Finney.Runtime.Subtensor.Emission;
using Finney.Runtime.Subtensor.Hyperparameters;
using Finney.Runtime.Subtensor.Networks;
using Finney.Runtime.Subtensor.Neurons;
using Finney.Runtime.Subtensor.Registration;
using Finney.Runtime.Subtensor.Staking;
using Finney.Testing;

namespace Finney.Runtime.Tests.Subtensor.Registration;

public sealed class BurnedRegisterTests
{
    private const ulong Tao = TestRuntime.Tao;
    private static readonly AccountId32 Alice = DevAccounts.Alice.AccountId;
    private static readonly AccountId32 Bob = DevAccounts.Bob.AccountId;
    private static readonly AccountId32 Hotkey = SubtensorSetup.Account(1);

    private static TestChain Chain() => new TestRuntime().WithBalance(Alice, 1_000 * Tao).WithBalance(Bob, 1_000 * Tao).Build().WithSubnet(1);

    private static DispatchError Err(SubtensorError e) => SubtensorErrors.Of(e);

    [Fact]
    public void BurnedRegister_AppendsUidZero_RecyclingTheBurnFromBalanceAndBothIssuances()
    {
        using var chain = Chain();
        var balanceIssuance = chain.TotalIssuance;
        var palletIssuance = EmissionStorage.TotalIssuance.Get(chain.State);

        var result = chain.Dispatch(new BurnedRegister(1, Hotkey), Alice);

        result.IsOk.ShouldBeTrue();
        result.PostInfo.PaysFee.ShouldBe(Pays.No);
        chain.LastEvent.ShouldBe(new NeuronRegistered(1, 0, Hotkey));
        chain.Free(Alice).ShouldBe(999 * Tao);
        chain.TotalIssuance.ShouldBe(balanceIssuance - Tao);
        EmissionStorage.TotalIssuance.Get(chain.State).ShouldBe(palletIssuance - Tao);
        RegistrationStorage.RAORecycledForRegistration.Get(chain.State, 1).ShouldBe(Tao);
        NeuronStorage.Uids.Get(chain.State, 1, Hotkey).ShouldBe((ushort)0);
        NeuronStorage.Keys.Get(chain.State, 1, 0).ShouldBe(Hotkey);
        NetworkStorage.SubnetworkN.Get(chain.State, 1).ShouldBe((ushort)1);
        NetworkStorage.IsNetworkMember.Get(chain.State, Hotkey, 1).ShouldBeTrue();
        StakingStorage.Owner.Get(chain.State, Hotkey).ShouldBe(Alice);
        NeuronStorage.Active.Get(chain.State, 1).ShouldBe([true]);
        NeuronStorage.LastUpdate.Get(chain.State, 1).ShouldBe([0UL]);
        RegistrationStorage.BurnRegistrationsThisInterval.Get(chain.State, 1).ShouldBe((ushort)1);
        RegistrationStorage.RegistrationsThisInterval.Get(chain.State, 1).ShouldBe((ushort)1);
        RegistrationStorage.RegistrationsThisBlock.Get(chain.State, 1).ShouldBe((ushort)1);
    }

    [Fact]
    public void BurnedRegister_MissingSubnet_FailsWithNetworkDoesNotExist()
    {
        using var chain = Chain();
        chain.AssertNoop(new BurnedRegister(2, Hotkey), Origin.Signed(Alice), Err(SubtensorError.NetworkDoesNotExist));
    }

    [Fact]
    public void BurnedRegister_RegistrationNotOpened_FailsWithRegistrationDisabled()
    {
        using var chain = Chain().WithSubnet(2, openRegistration: false);
        chain.AssertNoop(new BurnedRegister(2, Hotkey), Origin.Signed(Alice), Err(SubtensorError.RegistrationDisabled));
    }

    [Fact]
    public void BurnedRegister_BeforeTheChainSpecStartBlock_FailsWithRegistrationDisabled_ThenSucceeds()
    {
        using var chain = new TestRuntime().WithBalance(Alice, 1_000 * Tao).WithRegistrationStartBlock(3).Build().WithSubnet(1);
        chain.RunToBlock(2);
        chain.AssertNoop(new BurnedRegister(1, Hotkey), Origin.Signed(Alice), Err(SubtensorError.RegistrationDisabled));

        chain.RunToBlock(3);
        chain.Dispatch(new BurnedRegister(1, Hotkey), Alice).IsOk.ShouldBeTrue();
    }

    [Fact]
    public void BurnedRegister_SecondInOneBlock_FailsWithTooManyRegistrationsThisBlock_UntilTheNextBlock()
    {
        using var chain = Chain().Registered(1, Alice, Hotkey);
        chain.AssertNoop(new BurnedRegister(1, SubtensorSetup.Account(2)), Origin.Signed(Alice), Err(SubtensorError.TooManyRegistrationsThisBlock));

        chain.ProduceBlock();
        chain.Dispatch(new BurnedRegister(1, SubtensorSetup.Account(2)), Alice).IsOk.ShouldBeTrue();
    }

    [Fact]
    public void BurnedRegister_ThreeTimesTheTargetInAnInterval_FailsWithTooManyRegistrationsThisInterval()
    {
        using var chain = Chain().Sudo(new SudoSetMaxRegistrationsPerBlock(1, 10)).Sudo(new SudoSetTargetRegistrationsPerInterval(1, 1));
        for (int i = 1; i <= 3; i++)
        {
            chain.Registered(1, Alice, SubtensorSetup.Account(i));
        }

        chain.AssertNoop(new BurnedRegister(1, SubtensorSetup.Account(4)), Origin.Signed(Alice), Err(SubtensorError.TooManyRegistrationsThisInterval));
    }

    [Fact]
    public void BurnedRegister_Twice_FailsWithAlreadyRegistered()
    {
        using var chain = Chain().Registered(1, Alice, Hotkey).RunBlocks(1);
        chain.AssertNoop(new BurnedRegister(1, Hotkey), Origin.Signed(Alice), Err(SubtensorError.AlreadyRegistered));
    }

    [Fact]
    public void BurnedRegister_BalanceBelowBurn_FailsWithNotEnoughBalanceToStake()
    {
        using var chain = Chain().Sudo(new SudoSetBurn(1, 2_000 * Tao));
        chain.AssertNoop(new BurnedRegister(1, Hotkey), Origin.Signed(Alice), Err(SubtensorError.NotEnoughBalanceToStake));
    }

    [Fact]
    public void BurnedRegister_BurnWouldReapTheColdkey_FailsWithBalanceWithdrawalError()
    {
        using var chain = Chain().Sudo(new SudoSetBurn(1, 1_000 * Tao));
        chain.AssertNoop(new BurnedRegister(1, Hotkey), Origin.Signed(Alice), Err(SubtensorError.BalanceWithdrawalError));
    }

    [Fact]
    public void BurnedRegister_HotkeyOwnedByAnotherColdkey_FailsWithNonAssociatedColdKey()
    {
        using var chain = Chain().WithSubnet(2).Registered(1, Alice, Hotkey);
        chain.AssertNoop(new BurnedRegister(2, Hotkey), Origin.Signed(Bob), Err(SubtensorError.NonAssociatedColdKey));
    }

    [Fact]
    public void BurnedRegister_Unsigned_FailsWithBadOrigin()
    {
        using var chain = Chain();
        chain.AssertNoop(new BurnedRegister(1, Hotkey), Origin.Root, DispatchError.BadOrigin);
    }

    [Fact]
    public void BurnedRegister_FullSubnet_ReplacesTheLowestScoringNonImmuneUid_AndUnstakesIt()
    {
        using var chain = Chain().Sudo(new SudoSetMaxAllowedUids(1, 2)).Sudo(new SudoSetImmunityPeriod(1, 2)).Sudo(new SudoSetTxRateLimit(0));
        var (first, second, third) = (SubtensorSetup.Account(1), SubtensorSetup.Account(2), SubtensorSetup.Account(3));
        chain.Registered(1, Alice, first).RunBlocks(1).Registered(1, Bob, second).Staked(Bob, second, 10 * Tao).RunBlocks(3);
        var bobBefore = chain.Free(Bob);

        chain.Dispatch(new BurnedRegister(1, third), Alice).IsOk.ShouldBeTrue();

        // Both scores are 0 and neither is immune any more: the last non-immune UID on a tie is replaced.
        chain.LastEvent.ShouldBe(new NeuronRegistered(1, 1, third));
        NeuronStorage.Keys.Get(chain.State, 1, 1).ShouldBe(third);
        NeuronStorage.Uids.ContainsKey(chain.State, 1, second).ShouldBeFalse();
        NetworkStorage.SubnetworkN.Get(chain.State, 1).ShouldBe((ushort)2);
        NeuronStorage.PruningScores.Get(chain.State, 1)[1].ShouldBe(ushort.MaxValue);
        StakingStorage.TotalHotkeyStake.Get(chain.State, second).ShouldBe(0UL);
        chain.Free(Bob).ShouldBe(bobBefore + (10 * Tao));
    }

    [Fact]
    public void NeuronToPrune_PrefersNonImmune_ThenTheFirstImmuneOnTies()
    {
        using var chain = Chain().Sudo(new SudoSetMaxAllowedUids(1, 3)).Sudo(new SudoSetImmunityPeriod(1, 5));
        chain.Registered(1, Alice, SubtensorSetup.Account(1)).RunBlocks(1).Registered(1, Alice, SubtensorSetup.Account(2)).RunBlocks(1).Registered(1, Alice, SubtensorSetup.Account(3));
        var ext = new Externalities(new Storage.StateOverlay(chain.State));

        // All three are immune (registered within 5 blocks): the first immune UID with the lowest score wins.
        NeuronRegistry.NeuronToPrune(ext, 1, SubtensorPallet.CurrentBlock(ext)).ShouldBe((ushort)0);
        NeuronStorage.PruningScores.Get(ext.State, 1).ShouldBe([ushort.MaxValue, 0, 0]);

        // Now UID 1 and 2 tie at 0 and UID 0 is at 65,535: the first immune one among the ties is next.
        NeuronRegistry.NeuronToPrune(ext, 1, SubtensorPallet.CurrentBlock(ext)).ShouldBe((ushort)1);

        // Long after, nobody is immune and the scores are [MAX, MAX, 0]: UID 2 is the only candidate.
        NeuronRegistry.NeuronToPrune(ext, 1, 100).ShouldBe((ushort)2);
    }

    [Fact]
    public void ConnectionRequirement_HotkeyMissingOnRequiredSubnet_FailsWithDidNotPassConnectedNetworkRequirement()
    {
        using var chain = Chain().WithSubnet(2).Sudo(new SudoAddNetworkConnectionRequirement(2, 1, ushort.MaxValue));
        chain.AssertNoop(new BurnedRegister(2, Hotkey), Origin.Signed(Alice), Err(SubtensorError.DidNotPassConnectedNetworkRequirement));
    }

    [Fact]
    public void ConnectionRequirement_RegisteredOnRequiredSubnetWithinPercentile_Passes()
    {
        using var chain = Chain().WithSubnet(2).Sudo(new SudoAddNetworkConnectionRequirement(2, 1, 0)).Registered(1, Alice, Hotkey);
        chain.Dispatch(new BurnedRegister(2, Hotkey), Alice).IsOk.ShouldBeTrue();
        NeuronStorage.Uids.Get(chain.State, 2, Hotkey).ShouldBe((ushort)0);
    }

    [Fact]
    public void ConnectionRequirement_OthersRankedHigher_FailsWithDidNotPassConnectedNetworkRequirement()
    {
        using var chain = Chain().WithSubnet(2).Sudo(new SudoSetMaxRegistrationsPerBlock(1, 5))
            .Registered(1, Alice, Hotkey).Registered(1, Alice, SubtensorSetup.Account(2))
            .Sudo(new SudoAddNetworkConnectionRequirement(2, 1, 0));
        var ext = new Externalities(new Storage.StateOverlay(chain.State));
        NeuronStorage.PruningScores.Insert(ext.State, 1, [10, 20]);
        RegistrationRules.CheckConnections(ext, 2, Hotkey).ShouldBe(SubtensorError.DidNotPassConnectedNetworkRequirement);
        RegistrationRules.CheckConnections(ext, 2, SubtensorSetup.Account(2)).ShouldBeNull();
    }
}
