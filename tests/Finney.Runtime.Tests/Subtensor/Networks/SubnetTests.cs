using Finney.Primitives.Accounts;
using Finney.Runtime.Kernel;
using Finney.Runtime.Subtensor;
using Finney.Runtime.Subtensor.Emission;
using Finney.Runtime.Subtensor.Hyperparameters;
using Finney.Runtime.Subtensor.Networks;
using Finney.Runtime.Subtensor.Neurons;
using Finney.Runtime.Subtensor.Staking;
using Finney.Testing;

namespace Finney.Runtime.Tests.Subtensor.Networks;

public sealed class SubnetTests
{
    private static readonly AccountId32 Alice = DevAccounts.Alice.AccountId;

    private static TestChain Chain() => new TestRuntime().WithBalance(Alice, 1_000 * TestRuntime.Tao).Build();

    private static DispatchError Err(SubtensorError e) => SubtensorErrors.Of(e);

    [Fact]
    public void AddNetwork_ByRoot_CreatesAnEmptyClosedSubnetWithExplicitDefaults()
    {
        using var chain = Chain();
        var result = chain.Dispatch(new SudoAddNetwork(3, 99, 1), Origin.Root);

        result.IsOk.ShouldBeTrue();
        result.PostInfo.PaysFee.ShouldBe(Pays.No);
        chain.LastEvent.ShouldBe(new NetworkAdded(3, 1));
        NetworkStorage.NetworksAdded.Get(chain.State, 3).ShouldBeTrue();
        NetworkStorage.TotalNetworks.Get(chain.State).ShouldBe((ushort)1);
        NetworkStorage.SubnetworkN.ContainsKey(chain.State, 3).ShouldBeTrue();
        NetworkStorage.NetworkModality.Get(chain.State, 3).ShouldBe((ushort)1);
        NetworkStorage.NetworkRegistrationAllowed.Get(chain.State, 3).ShouldBeFalse();
        HyperparameterStorage.Kappa.ContainsKey(chain.State, 3).ShouldBeTrue();
        HyperparameterStorage.MaxAllowedUids.Get(chain.State, 3).ShouldBe(SubtensorConfig.MaxAllowedUids);
        EmissionStorage.EmissionValues.ContainsKey(chain.State, 3).ShouldBeTrue();
    }

    [Fact]
    public void AddNetwork_Signed_FailsWithBadOrigin()
    {
        using var chain = Chain();
        chain.AssertNoop(new SudoAddNetwork(1, 99, 0), Origin.Signed(Alice), DispatchError.BadOrigin);
    }

    [Fact]
    public void AddNetwork_Twice_FailsWithNetworkExist()
    {
        using var chain = Chain().WithSubnet(1);
        chain.AssertNoop(new SudoAddNetwork(1, 99, 0), Origin.Root, Err(SubtensorError.NetworkExist));
    }

    [Fact]
    public void AddNetwork_UnknownModality_FailsWithInvalidModality()
    {
        using var chain = Chain();
        chain.AssertNoop(new SudoAddNetwork(1, 99, 3), Origin.Root, Err(SubtensorError.InvalidModality));
    }

    [Fact]
    public void AddNetwork_TempoAtMaximum_FailsWithInvalidTempo()
    {
        using var chain = Chain();
        chain.AssertNoop(new SudoAddNetwork(1, ushort.MaxValue, 0), Origin.Root, Err(SubtensorError.InvalidTempo));
    }

    [Fact]
    public void RemoveNetwork_RemovesUidsAndParameters_LeavesStakeWithTheHotkey()
    {
        using var chain = Chain().WithSubnet(1);
        var hotkey = SubtensorSetup.Account(1);
        chain.Registered(1, Alice, hotkey).Sudo(new SudoSetTxRateLimit(0)).Staked(Alice, hotkey, 5 * TestRuntime.Tao);

        chain.Dispatch(new SudoRemoveNetwork(1), Origin.Root).IsOk.ShouldBeTrue();

        chain.LastEvent.ShouldBe(new NetworkRemoved(1));
        NetworkStorage.NetworksAdded.Get(chain.State, 1).ShouldBeFalse();
        NetworkStorage.TotalNetworks.Get(chain.State).ShouldBe((ushort)0);
        NeuronStorage.Uids.ContainsKey(chain.State, 1, hotkey).ShouldBeFalse();
        NeuronStorage.Keys.ContainsKey(chain.State, 1, 0).ShouldBeFalse();
        NetworkStorage.Tempo.ContainsKey(chain.State, 1).ShouldBeFalse();
        StakingStorage.TotalHotkeyStake.Get(chain.State, hotkey).ShouldBe(5 * TestRuntime.Tao);
    }

    [Fact]
    public void RemoveNetwork_Missing_FailsWithNetworkDoesNotExist()
    {
        using var chain = Chain();
        chain.AssertNoop(new SudoRemoveNetwork(1), Origin.Root, Err(SubtensorError.NetworkDoesNotExist));
    }

    [Fact]
    public void SetEmissionValues_OnePerSubnetSummingToOneTao_IsStored()
    {
        using var chain = Chain().WithSubnet(1).WithSubnet(3);
        chain.Dispatch(new SudoSetEmissionValues([1, 3], [142_223_000, 857_777_000]), Origin.Root).IsOk.ShouldBeTrue();

        chain.LastEvent.ShouldBe(EmissionValuesSet.Instance);
        EmissionStorage.EmissionValues.Get(chain.State, 1).ShouldBe(142_223_000UL);
        EmissionStorage.EmissionValues.Get(chain.State, 3).ShouldBe(857_777_000UL);
    }

    [Theory]
    [InlineData(new ushort[] { 1, 3 }, new ulong[] { 1_000_000_000 }, SubtensorError.WeightVecNotEqualSize)]
    [InlineData(new ushort[] { 1 }, new ulong[] { 1_000_000_000 }, SubtensorError.IncorrectNetuidsLength)]
    [InlineData(new ushort[] { 1, 1 }, new ulong[] { 500_000_000, 500_000_000 }, SubtensorError.DuplicateUids)]
    [InlineData(new ushort[] { 1, 2 }, new ulong[] { 500_000_000, 500_000_000 }, SubtensorError.InvalidUid)]
    [InlineData(new ushort[] { 1, 3 }, new ulong[] { ulong.MaxValue, 1 }, SubtensorError.InvalidEmissionValues)]
    [InlineData(new ushort[] { 1, 3 }, new ulong[] { 500_000_000, 499_999_999 }, SubtensorError.InvalidEmissionValues)]
    public void SetEmissionValues_Invalid_Fails(ushort[] netuids, ulong[] emission, SubtensorError expected)
    {
        using var chain = Chain().WithSubnet(1).WithSubnet(3);
        chain.AssertNoop(new SudoSetEmissionValues(netuids, emission), Origin.Root, Err(expected));
    }

    [Fact]
    public void ConnectionRequirement_AddThenRemove_WritesAndDeletesTheEntry()
    {
        using var chain = Chain().WithSubnet(1).WithSubnet(2);
        chain.Dispatch(new SudoAddNetworkConnectionRequirement(1, 2, 32_767), Origin.Root).IsOk.ShouldBeTrue();
        chain.LastEvent.ShouldBe(new NetworkConnectionAdded(1, 2, 32_767));
        NetworkStorage.NetworkConnect.Get(chain.State, 1, 2).ShouldBe((ushort)32_767);

        chain.Dispatch(new SudoRemoveNetworkConnectionRequirement(1, 2), Origin.Root).IsOk.ShouldBeTrue();
        chain.LastEvent.ShouldBe(new NetworkConnectionRemoved(1, 2));
        NetworkStorage.NetworkConnect.ContainsKey(chain.State, 1, 2).ShouldBeFalse();
    }

    [Fact]
    public void ConnectionRequirement_OnItself_FailsWithInvalidConnectionRequirement()
    {
        using var chain = Chain().WithSubnet(1);
        chain.AssertNoop(new SudoAddNetworkConnectionRequirement(1, 1, 0), Origin.Root, Err(SubtensorError.InvalidConnectionRequirement));
    }

    [Fact]
    public void ConnectionRequirement_MissingSubnet_FailsWithNetworkDoesNotExist()
    {
        using var chain = Chain().WithSubnet(1);
        chain.AssertNoop(new SudoAddNetworkConnectionRequirement(1, 2, 0), Origin.Root, Err(SubtensorError.NetworkDoesNotExist));
        chain.AssertNoop(new SudoRemoveNetworkConnectionRequirement(1, 2), Origin.Root, Err(SubtensorError.NetworkDoesNotExist));
    }
}
