using Finney.Primitives.Accounts;
using Finney.Runtime.Kernel;
using Finney.Runtime.Subtensor.Emission;
using Finney.Runtime.Subtensor.Hyperparameters;
using Finney.Runtime.Subtensor.Networks;
using Finney.Runtime.Subtensor.Neurons;
using Finney.Runtime.Subtensor.Registration;
using Finney.Runtime.Subtensor.Staking;
using Finney.Runtime.Subtensor.Weights;
using Finney.Testing;

namespace Finney.Runtime.Tests.Subtensor.Emission;

public sealed class RandomScenarioTests
{
    private const ulong Tao = TestRuntime.Tao;
    private static readonly AccountId32[] Coldkeys = [DevAccounts.Alice.AccountId, DevAccounts.Bob.AccountId, DevAccounts.Charlie.AccountId];

    // Two small subnets (4 and 3 UIDs) under random registrations, stake moves, delegation and weights; after every
    // block the pallet's issuance equals balances plus stake and TestChain's invariants hold (checked on each block).
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void RandomCallsAndBlocks_KeepIssuanceStakeAndUidInvariants(int seed)
    {
        var random = new Random(seed);
        var builder = new TestRuntime();
        foreach (var coldkey in Coldkeys)
        {
            builder.WithBalance(coldkey, 10_000 * Tao);
        }

        using var chain = builder.Build().WithSubnet(1, tempo: 2).WithSubnet(2, tempo: 3)
            .Sudo(new SudoSetEmissionValues([1, 2], [600_000_000, 400_000_000])).Sudo(new SudoSetTxRateLimit(0))
            .Sudo(new SudoSetMaxAllowedUids(1, 4)).Sudo(new SudoSetMaxAllowedUids(2, 3))
            .Sudo(new SudoSetImmunityPeriod(1, 3)).Sudo(new SudoSetImmunityPeriod(2, 2));
        foreach (ushort netuid in new ushort[] { 1, 2 })
        {
            chain.Sudo(new SudoSetWeightsSetRateLimit(netuid, 0)).Sudo(new SudoSetMinAllowedWeights(netuid, 1))
                .Sudo(new SudoSetMaxWeightLimit(netuid, ushort.MaxValue)).Sudo(new SudoSetAdjustmentInterval(netuid, 4));
        }

        for (int block = 0; block < 40; block++)
        {
            for (int action = 0; action < 3; action++)
            {
                chain.Dispatch(RandomCall(random, chain, out var signer), signer);
            }

            chain.ProduceBlock();
            SubtensorInvariants.Check(chain.State);
            EmissionStorage.TotalIssuance.Get(chain.State).ShouldBe(chain.TotalIssuance + StakingStorage.TotalStake.Get(chain.State));
            NetworkStorage.SubnetworkN.Get(chain.State, 1).ShouldBeLessThanOrEqualTo((ushort)4);
        }

        NetworkStorage.SubnetworkN.Get(chain.State, 1).ShouldBe((ushort)4);
        StakingStorage.TotalStake.Get(chain.State).ShouldBeGreaterThan(0UL);
    }

    private static RuntimeCall RandomCall(Random random, TestChain chain, out AccountId32 signer)
    {
        var coldkey = Coldkeys[random.Next(Coldkeys.Length)];
        var hotkey = SubtensorSetup.Account(random.Next(12));
        var netuid = (ushort)random.Next(1, 3);
        signer = coldkey;
        switch (random.Next(5))
        {
            case 0:
                return new BurnedRegister(netuid, hotkey);
            case 1:
                return new AddStake(hotkey, (ulong)random.Next(1, 1000) * Tao / 10);
            case 2:
                return new RemoveStake(hotkey, (ulong)random.Next(1, 1000) * Tao / 10);
            case 3:
                return new BecomeDelegate(hotkey);
            default:
                var n = NetworkStorage.SubnetworkN.Get(chain.State, netuid);
                var uid = (ushort)random.Next(Math.Max((int)n, 1));
                signer = NeuronStorage.Keys.Get(chain.State, netuid, uid);
                var dests = Enumerable.Range(0, n).Select(i => (ushort)i).Where(_ => random.Next(2) == 0).ToArray();
                return new SetWeights(netuid, dests, [.. dests.Select(_ => (ushort)random.Next(1, 65_535))], 0);
        }
    }
}
