using Finney.Primitives.Accounts;
using Finney.Runtime.Subtensor.Emission;
using Finney.Runtime.Subtensor.Hyperparameters;
using Finney.Runtime.Subtensor.Networks;
using Finney.Runtime.Subtensor.Neurons;
using Finney.Runtime.Subtensor.Staking;
using Finney.Testing;

namespace Finney.Runtime.Tests.Subtensor.Emission;

public sealed class BlockEmissionTests
{
    private const ulong Tao = TestRuntime.Tao;
    private static readonly AccountId32 Alice = DevAccounts.Alice.AccountId;
    private static readonly AccountId32 Hotkey = SubtensorSetup.Account(1);

    [Theory]
    [InlineData(3, 99, 95UL)]
    [InlineData(1, 99, 97UL)]
    [InlineData(1, 4, 2UL)]
    public void BlocksUntilNextEpoch_IsZeroExactlyAtTheTempoPhase(ushort netuid, ushort tempo, ulong firstEpoch)
    {
        BlockStep.BlocksUntilNextEpoch(netuid, tempo, firstEpoch).ShouldBe(0UL);
        BlockStep.BlocksUntilNextEpoch(netuid, tempo, firstEpoch + tempo + 1).ShouldBe(0UL);
        BlockStep.BlocksUntilNextEpoch(netuid, tempo, firstEpoch + 1).ShouldBe((ulong)tempo);
        BlockStep.BlocksUntilNextEpoch(netuid, 0, firstEpoch).ShouldBe(1000UL);
    }

    [Theory]
    [InlineData(0UL, 1_000_000_000UL)]
    [InlineData((10_500_000 * Tao) - 1, 1_000_000_000UL)]
    [InlineData(10_500_000 * Tao, 500_000_000UL)]
    [InlineData((15_750_000 * Tao) - 1, 500_000_000UL)]
    [InlineData(15_750_000 * Tao, 250_000_000UL)]
    [InlineData(18_375_000 * Tao, 125_000_000UL)]
    [InlineData(21_000_000 * Tao, 0UL)]
    [InlineData(ulong.MaxValue, 0UL)]
    public void Halving_HalvesEachTimeIssuanceCrossesHalfOfWhatRemains(ulong issuance, ulong expected)
    {
        Halving.BlockEmission(issuance).ShouldBe(expected);
    }

    [Fact]
    public void SubnetShare_ScalesTheFullRateValueByTheCurrentEmission()
    {
        Halving.SubnetShare(857_777_000, 1_000_000_000).ShouldBe(857_777_000UL);
        Halving.SubnetShare(857_777_000, 500_000_000).ShouldBe(428_888_500UL);
        Halving.SubnetShare(1, 500_000_000).ShouldBe(0UL);
    }

    [Fact]
    public void Blocks_AccumulatePendingEmission_RunTheEpochAtTheTempo_AndCreditItOneBlockLater()
    {
        using var chain = new TestRuntime().WithBalance(Alice, 1_000 * Tao).Build().WithSubnet(1, tempo: 4)
            .Sudo(new SudoSetEmissionValues([1], [Tao])).Sudo(new SudoSetTxRateLimit(0))
            .Registered(1, Alice, Hotkey).Staked(Alice, Hotkey, 100 * Tao);
        var issuance = EmissionStorage.TotalIssuance.Get(chain.State);

        chain.RunToBlock(1);
        EmissionStorage.PendingEmission.Get(chain.State, 1).ShouldBe(Tao);
        EmissionStorage.BlocksSinceLastStep.Get(chain.State, 1).ShouldBe(1UL);

        chain.RunToBlock(2);
        EmissionStorage.PendingEmission.Get(chain.State, 1).ShouldBe(0UL);
        EmissionStorage.LastMechansimStepBlock.Get(chain.State, 1).ShouldBe(2UL);
        EmissionStorage.LoadedEmission.Get(chain.State, 1).ShouldBe([(Hotkey, 0UL, 2 * Tao)]);
        NeuronStorage.Emission.Get(chain.State, 1).ShouldBe([2 * Tao]);
        NeuronStorage.ValidatorPermit.Get(chain.State, 1).ShouldBe([true]);
        StakingStorage.TotalHotkeyStake.Get(chain.State, Hotkey).ShouldBe(100 * Tao);

        chain.RunToBlock(3);
        EmissionStorage.LoadedEmission.ContainsKey(chain.State, 1).ShouldBeFalse();
        StakingStorage.TotalHotkeyStake.Get(chain.State, Hotkey).ShouldBe(102 * Tao);
        EmissionStorage.TotalIssuance.Get(chain.State).ShouldBe(issuance + (2 * Tao));
        EmissionStorage.TotalIssuance.Get(chain.State).ShouldBe(chain.TotalIssuance + StakingStorage.TotalStake.Get(chain.State));
    }

    [Fact]
    public void EmptySubnet_AccumulatesNothing()
    {
        using var chain = new TestRuntime().WithBalance(Alice, 1_000 * Tao).Build().WithSubnet(1, tempo: 4).Sudo(new SudoSetEmissionValues([1], [Tao]));
        chain.RunToBlock(6);
        EmissionStorage.PendingEmission.Get(chain.State, 1).ShouldBe(0UL);
        EmissionStorage.LoadedEmission.ContainsKey(chain.State, 1).ShouldBeFalse();
    }

    [Fact]
    public void RecycledTao_LowersIssuanceBelowTheThreshold_AndDelaysTheHalving()
    {
        using var chain = new TestRuntime().WithBalance(Alice, 1_000 * Tao).Build().WithSubnet(1)
            .Sudo(new SudoSetTotalIssuance(10_500_000 * Tao));
        chain.RunBlocks(1);
        EmissionStorage.BlockEmission.Get(chain.State).ShouldBe(500_000_000UL);

        chain.Registered(1, Alice, Hotkey).RunBlocks(1);

        EmissionStorage.TotalIssuance.Get(chain.State).ShouldBe((10_500_000 * Tao) - Tao);
        EmissionStorage.BlockEmission.Get(chain.State).ShouldBe(Tao);
    }

    [Fact]
    public void DrainedEmission_CrossingTheThreshold_HalvesTheNextBlocksEmission()
    {
        using var chain = new TestRuntime().WithBalance(Alice, 1_000 * Tao).Build().WithSubnet(1, tempo: 0)
            .Sudo(new SudoSetEmissionValues([1], [Tao])).Sudo(new SudoSetTempo(1, 1))
            .Registered(1, Alice, Hotkey).Staked(Alice, Hotkey, 10 * Tao).Sudo(new SudoSetTotalIssuance((10_500_000 * Tao) - 1));
        chain.RunBlocks(1);
        EmissionStorage.BlockEmission.Get(chain.State).ShouldBe(Tao);

        chain.RunBlocks(3);

        EmissionStorage.TotalIssuance.Get(chain.State).ShouldBeGreaterThanOrEqualTo(10_500_000 * Tao);
        EmissionStorage.BlockEmission.Get(chain.State).ShouldBe(500_000_000UL);
        NetworkStorage.Tempo.Get(chain.State, 1).ShouldBe((ushort)1);
    }
}
