using System.Diagnostics;
using Finney.Primitives.Accounts;
using Finney.Runtime.Genesis;
using Finney.Runtime.Kernel;
using Finney.Runtime.Subtensor.Emission;
using Finney.Runtime.Subtensor.Hyperparameters;
using Finney.Runtime.Subtensor.Networks;
using Finney.Runtime.Subtensor.Neurons;
using Finney.Runtime.Subtensor.Registration;
using Finney.Runtime.Subtensor.Weights;
using Finney.Storage;
using Finney.Testing;
using Xunit.Abstractions;

namespace Finney.Runtime.Tests.Subtensor.Emission;

public sealed class LargeSubnetTests(ITestOutputHelper output)
{
    private const ulong Tao = TestRuntime.Tao;
    private const ushort Netuid = GenesisBuilder.GenesisNetuid;
    private static readonly AccountId32 Alice = DevAccounts.Alice.AccountId;

    // n neurons imported at genesis; the first four hold almost all the stake, so their weights reach consensus.
    private static TestChain Chain(int n) =>
        new TestRuntime().WithBalance(Alice, 1_000 * Tao)
            .WithGenesisNeurons(Enumerable.Range(0, n).Select(i => (Alice, SubtensorSetup.Account(i), i < 4 ? 1_000 * Tao : Tao, (ushort)i)))
            .Build();

    [Theory]
    [InlineData(16_384)]
    [InlineData(65_535)]
    public void GenesisSubnet_WithTensOfThousandsOfUids_SetsWeightsRunsTheEpochAndReplacesAUid(int n)
    {
        var clock = Stopwatch.StartNew();
        using var chain = Chain(n);
        NetworkStorage.SubnetworkN.Get(chain.State, Netuid).ShouldBe((ushort)n);
        HyperparameterStorage.MaxAllowedUids.Get(chain.State, Netuid).ShouldBe((ushort)n);
        output.WriteLine($"genesis with {n} UIDs: {clock.ElapsedMilliseconds} ms");

        // Give the stake leaders their permits with one epoch, as at Finney's start.
        chain.Sudo(new SudoSetTempo(Netuid, 2)).Sudo(new SudoSetWeightsSetRateLimit(Netuid, 0)).Sudo(new SudoSetMinAllowedWeights(Netuid, 1))
            .Sudo(new SudoSetMaxWeightLimit(Netuid, ushort.MaxValue)).Sudo(new SudoSetImmunityPeriod(Netuid, 0))
            .Sudo(new SudoSetRegistrationAllowed(Netuid, true));
        clock.Restart();
        chain.RunToBlock(1);
        output.WriteLine($"first epoch: {clock.ElapsedMilliseconds} ms");
        NeuronStorage.ValidatorPermit.Get(chain.State, Netuid).Count(p => p).ShouldBe(128);

        clock.Restart();
        var dests = Enumerable.Range(0, 4096).Select(i => (ushort)(n - 1 - i)).ToArray();
        for (int v = 0; v < 4; v++)
        {
            chain.Dispatch(new SetWeights(Netuid, dests, [.. dests.Select(d => (ushort)(d % 1000 + 1))], 0), SubtensorSetup.Account(v)).IsOk.ShouldBeTrue();
        }

        output.WriteLine($"4 × set_weights with 4096 weights: {clock.ElapsedMilliseconds} ms");

        clock.Restart();
        chain.RunToBlock(4);
        output.WriteLine($"blocks to the next epoch and its payout: {clock.ElapsedMilliseconds} ms");
        var incentive = NeuronStorage.Incentive.Get(chain.State, Netuid);
        incentive[n - 1].ShouldBeGreaterThan((ushort)0);
        incentive[0].ShouldBe((ushort)0);

        clock.Restart();
        chain.Dispatch(new BurnedRegister(Netuid, SubtensorSetup.Account(n + 1)), Alice).IsOk.ShouldBeTrue();
        output.WriteLine($"registration replacing a UID: {clock.ElapsedMilliseconds} ms");
        NetworkStorage.SubnetworkN.Get(chain.State, Netuid).ShouldBe((ushort)n);
        chain.LastEvent.ShouldBeOfType<Runtime.Subtensor.NeuronRegistered>().Uid.ShouldBeLessThan((ushort)n);
    }

    [Fact]
    public void GenesisNeurons_AddTheirStakeToThePalletIssuance()
    {
        using var chain = Chain(10);
        EmissionStorage.TotalIssuance.Get(chain.State).ShouldBe(chain.TotalIssuance + (4 * 1_000 * Tao) + (6 * Tao));
        NeuronStorage.Keys.Get(chain.State, Netuid, 9).ShouldBe(SubtensorSetup.Account(9));
        NeuronStorage.Active.Get(chain.State, Netuid).ShouldAllBe(a => a);
        var ext = new Externalities(new StateOverlay(chain.State));
        Should.Throw<ArgumentException>(() => NeuronImport.Import(ext, Netuid, [new ImportedNeuron(Alice, Alice, 0, 0)]));
    }

    [Fact]
    public void ChainSpec_GenesisNeurons_RoundTripThroughJson()
    {
        var spec = new TestRuntime().WithBalance(Alice, Tao).WithRegistrationStartBlock(7200)
            .WithGenesisNeurons([(Alice, SubtensorSetup.Account(0), 5, 0), (Alice, SubtensorSetup.Account(1), 6, 1)]).Spec;
        var parsed = ChainSpec.Parse(spec.ToJson());
        parsed.RegistrationStartBlock.ShouldBe(7200UL);
        parsed.GenesisNeurons.ShouldBe(spec.GenesisNeurons);
    }
}
