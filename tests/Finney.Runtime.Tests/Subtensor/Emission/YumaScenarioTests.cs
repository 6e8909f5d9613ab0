using Finney.Primitives.Accounts;
using Finney.Runtime.Subtensor.Emission;
using Finney.Runtime.Subtensor.Hyperparameters;
using Finney.Runtime.Subtensor.Networks;
using Finney.Runtime.Subtensor.Neurons;
using Finney.Runtime.Subtensor.Staking;
using Finney.Runtime.Subtensor.Weights;
using Finney.Testing;

namespace Finney.Runtime.Tests.Subtensor.Emission;

public sealed class YumaScenarioTests
{
    private const ulong Tao = TestRuntime.Tao;
    private static readonly AccountId32 Alice = DevAccounts.Alice.AccountId;
    private static readonly AccountId32 Bob = DevAccounts.Bob.AccountId;
    private static readonly AccountId32 Validator = SubtensorSetup.Account(0);
    private static readonly AccountId32 Miner = SubtensorSetup.Account(1);

    // One validator (all the stake) and one miner; tempo 4 on netuid 1, so epochs run at blocks 2, 7, 12 …
    private static TestChain Chain()
    {
        var chain = new TestRuntime().WithBalance(Alice, 1_000 * Tao).WithBalance(Bob, 1_000 * Tao).Build()
            .WithSubnet(1, tempo: 4).Sudo(new SudoSetEmissionValues([1], [Tao])).Sudo(new SudoSetTxRateLimit(0))
            .Sudo(new SudoSetMaxRegistrationsPerBlock(1, 10)).Sudo(new SudoSetWeightsSetRateLimit(1, 0))
            .Sudo(new SudoSetMinAllowedWeights(1, 1)).Sudo(new SudoSetMaxWeightLimit(1, ushort.MaxValue))
            .Registered(1, Alice, Validator).Registered(1, Bob, Miner).Staked(Alice, Validator, 100 * Tao);
        return chain;
    }

    [Fact]
    public void ValidatorWeightingTheMiner_SplitsEmissionIntoIncentiveAndDividends()
    {
        using var chain = Chain();

        // First epoch (block 2): the validator earns its permit (permits are from the previous epoch).
        chain.RunToBlock(3);
        NeuronStorage.ValidatorPermit.Get(chain.State, 1).ShouldBe([true, true]);
        chain.Dispatch(new SetWeights(1, [1], [65_535], 0), Validator).IsOk.ShouldBeTrue();

        chain.RunToBlock(7);
        var emission = NeuronStorage.Emission.Get(chain.State, 1);
        NeuronStorage.Incentive.Get(chain.State, 1).ShouldBe([(ushort)0, ushort.MaxValue]);
        NeuronStorage.Dividends.Get(chain.State, 1).ShouldBe([ushort.MaxValue, (ushort)0]);
        NeuronStorage.Consensus.Get(chain.State, 1)[1].ShouldBe(ushort.MaxValue);
        emission[0].ShouldBeGreaterThan(2 * Tao);
        emission[1].ShouldBeGreaterThan(2 * Tao);
        (emission[0] + emission[1]).ShouldBeLessThanOrEqualTo(5 * Tao);
        WeightsStorage.Bonds.Get(chain.State, 1, 0).ShouldNotBeEmpty();

        var minerStake = StakingStorage.TotalHotkeyStake.Get(chain.State, Miner);
        chain.RunToBlock(8);
        StakingStorage.TotalHotkeyStake.Get(chain.State, Miner).ShouldBe(minerStake + emission[1]);
        StakingStorage.Stake.Get(chain.State, Miner, Bob).ShouldBe(minerStake + emission[1]);
        EmissionStorage.TotalIssuance.Get(chain.State).ShouldBe(chain.TotalIssuance + StakingStorage.TotalStake.Get(chain.State));
    }

    [Fact]
    public void SameScenario_RunTwice_GivesTheSameState()
    {
        using var first = Chain();
        using var second = Chain();
        foreach (var chain in new[] { first, second })
        {
            chain.RunToBlock(3);
            chain.Dispatch(new SetWeights(1, [1], [65_535], 0), Validator).IsOk.ShouldBeTrue();
            chain.RunToBlock(13);
        }

        first.State.Entries.Select(e => Convert.ToHexString(e.Key) + Convert.ToHexString(e.Value))
            .ShouldBe(second.State.Entries.Select(e => Convert.ToHexString(e.Key) + Convert.ToHexString(e.Value)));
        NetworkStorage.SubnetworkN.Get(first.State, 1).ShouldBe((ushort)2);
    }
}
