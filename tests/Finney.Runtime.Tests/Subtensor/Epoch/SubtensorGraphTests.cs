namespace Finney.Runtime.Tests.Subtensor.Epoch;

/// <summary>upstream epoch.rs's graph tests (test_512_graph, test_512_graph_random_weights, test_4096_graph, test_validator_permits).</summary>
public class SubtensorGraphTests
{
    public static TheoryData<int, bool> Layouts() => new() { { 0, false }, { 0, true }, { 1, false }, { 1, true }, { 2, false }, { 2, true } };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Graph512_ValidatorsWeightAllServersEqually_MatchesUpstream(int interleave, bool serverSelf)
    {
        const int n = 512;
        var (validators, servers) = GraphSetup.DistributeNodes(64, n, interleave);
        var stake = GraphSetup.ValidatorStake(n, validators, 328_125_000_000_000);
        var equal = Enumerable.Repeat(65535 / n, servers.Length).ToArray();
        foreach (bool dense in new[] { true, false })
        {
            var net = GraphSetup.InitRunEpochs(n, validators, servers, 3, stake, _ => (servers, equal), serverSelf, dense);
            var output = net.Last;
            foreach (int uid in validators)
            {
                (output.Rank[uid], output.Trust[uid], output.Consensus[uid], output.Incentive[uid]).ShouldBe(((ushort)0, (ushort)0, (ushort)0, (ushort)0));
                output.Dividends[uid].ShouldBe((ushort)1023);
                output.Emission[uid].ShouldBe(7_812_500UL);
                (net.Bond(uid, validators[0]), net.Bond(uid, servers[0])).ShouldBe((0, 65535));
            }

            foreach (int uid in servers)
            {
                (output.Rank[uid], output.Trust[uid], output.Consensus[uid], output.Incentive[uid]).ShouldBe(((ushort)146, (ushort)65535, (ushort)146, (ushort)146));
                output.Dividends[uid].ShouldBe((ushort)0);
                output.Emission[uid].ShouldBe(1_116_071UL);
                (net.Bond(uid, validators[0]), net.Bond(uid, servers[0])).ShouldBe((0, 0));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Graph512RandomWeights_DenseAndSparse_Agree(int interleave, bool serverSelf)
    {
        const int n = 512;
        var (validators, servers) = GraphSetup.DistributeNodes(64, n, interleave);
        var stake = GraphSetup.ValidatorStake(n, validators, 1);
        MockSubnet Run(bool dense)
        {
            var rng = new Random(interleave);
            return GraphSetup.InitRunEpochs(n, validators, servers, 1, stake,
                _ => (servers, GraphSetup.NormalizeWeights(servers.Select(_ => rng.Next(0, 65535)).ToArray())), serverSelf, dense);
        }

        var (denseNet, sparseNet) = (Run(dense: true), Run(dense: false));
        sparseNet.Last.Rank.ShouldBe(denseNet.Last.Rank);
        sparseNet.Last.Incentive.ShouldBe(denseNet.Last.Incentive);
        sparseNet.Last.Dividends.ShouldBe(denseNet.Last.Dividends);
        sparseNet.Last.Emission.ShouldBe(denseNet.Last.Emission);
        GraphSetup.BondMatrix(sparseNet.Bonds).ShouldBe(GraphSetup.BondMatrix(denseNet.Bonds));
    }

    // Upstream keeps this test disabled; its bonds expectation (255/65535) predates the column max-upscale of stored
    // bonds (ce6302e97), after which a column whose validators hold equal bonds stores 65535. Everything else holds.
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Graph4096_ValidatorsWeightAllServersEqually_MatchesUpstream(int interleave)
    {
        const int n = 4096;
        var (validators, servers) = GraphSetup.DistributeNodes(256, n, interleave);
        var stake = GraphSetup.ValidatorStake(n, validators, 82_031_250_000_000);
        stake.Sum(s => (decimal)s).ShouldBe(21_000_000_000_000_000m);
        var equal = Enumerable.Repeat(65535 / n, servers.Length).ToArray();
        foreach (bool serverSelf in new[] { false, true })
        {
            var net = GraphSetup.InitRunEpochs(n, validators, servers, 1, stake, _ => (servers, equal), serverSelf, dense: false);
            var output = net.Last;
            foreach (int uid in validators)
            {
                (output.Rank[uid], output.Consensus[uid], output.Incentive[uid], output.Dividends[uid]).ShouldBe(((ushort)0, (ushort)0, (ushort)0, (ushort)255));
                output.Emission[uid].ShouldBe(1_953_125UL);
                (net.Bond(uid, validators[0]), net.Bond(uid, servers[0])).ShouldBe((0, 65535));
            }

            foreach (int uid in servers)
            {
                (output.Rank[uid], output.Trust[uid], output.Consensus[uid], output.Incentive[uid]).ShouldBe(((ushort)17, (ushort)65535, (ushort)17, (ushort)17));
                (output.Dividends[uid], output.Emission[uid]).ShouldBe(((ushort)0, 130_208UL));
                net.Bond(uid, servers[0]).ShouldBe(0);
            }
        }
    }

    // Upstream keeps test_16384_graph_sparse disabled and several of its expectations are stale: validator consensus
    // 438 (the sigmoid consensus removed 2023-03-10; the weighted median gives 0 to uids nobody weights), emissions
    // 976085 and 31517 (its own notes give 976562 and ⌊31502.0⌋; the exact epoch yields 976562 and 31501, one RAO under
    // the float figure from floored shares) and bonds 127/65535 (before the column max-upscale). The rest holds.
    [Fact]
    public void Graph16384Sparse_ValidatorsWeightAllServersEqually_MatchesUpstreamWhereCurrent()
    {
        const int n = 16384;
        var validators = Enumerable.Range(0, 512).ToArray();
        var servers = Enumerable.Range(512, n - 512).ToArray();
        var stake = GraphSetup.ValidatorStake(n, validators, 1);
        var equal = Enumerable.Repeat(65535 / n, servers.Length).ToArray();
        var net = GraphSetup.InitRunEpochs(n, validators, servers, 1, stake, _ => (servers, equal), serverSelf: false, dense: false);
        var output = net.Last;
        foreach (int uid in validators)
        {
            (output.Rank[uid], output.Trust[uid], output.Consensus[uid], output.Incentive[uid], output.Dividends[uid]).ShouldBe(((ushort)0, (ushort)0, (ushort)0, (ushort)0, (ushort)127));
            output.Emission[uid].ShouldBe(976_562UL);
            (net.Bond(uid, 0), net.Bond(uid, servers[0])).ShouldBe((0, 65535));
        }

        foreach (int uid in servers)
        {
            (output.Rank[uid], output.Trust[uid], output.Consensus[uid], output.Incentive[uid], output.Dividends[uid]).ShouldBe(((ushort)4, (ushort)65535, (ushort)4, (ushort)4, (ushort)0));
            output.Emission[uid].ShouldBe(31_501UL);
        }
    }

    [Fact]
    public void ValidatorPermits_GoToTheHighestStake_AndMoveWhenStakeMoves()
    {
        foreach (int interleave in new[] { 0, 1, 2 })
        {
            foreach (var (networkN, validatorsN) in new[] { (2, 1), (4, 2), (8, 4) })
            {
                foreach (int assignment in new[] { 0, 1 })
                {
                    var (validators, servers) = GraphSetup.DistributeNodes(validatorsN, networkN, interleave, seed: networkN + assignment);
                    var net = new MockSubnet(networkN) { MaxAllowedValidators = (ushort)validatorsN };
                    foreach (int v in validators)
                    {
                        net.Stake[v] = assignment == 1 ? (ulong)(v + networkN) : 1;
                    }

                    foreach (int s in servers)
                    {
                        net.Stake[s] = assignment == 1 ? (ulong)s : 0;
                    }

                    net.Epoch();
                    validators.ShouldAllBe(v => net.Permit[v]);
                    servers.ShouldAllBe(s => !net.Permit[s]);

                    foreach (int s in servers)
                    {
                        net.Stake[s] += 2 * (ulong)networkN;
                    }

                    net.Block = 1;
                    net.Epoch();
                    validators.ShouldAllBe(v => !net.Permit[v]);
                    servers.ShouldAllBe(s => net.Permit[s]);
                }
            }
        }
    }
}
