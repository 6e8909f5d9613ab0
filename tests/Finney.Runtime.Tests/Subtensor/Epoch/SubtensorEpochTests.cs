namespace Finney.Runtime.Tests.Subtensor.Epoch;

/// <summary>
/// subtensor's <c>pallets/subtensor/tests/epoch.rs</c> at d2218440f, translated to direct calls of the pure epoch.
/// Registration, staking and <c>set_weights</c> are replayed on <see cref="MockSubnet"/>; every asserted number is
/// upstream's. Values tagged [logged] come from upstream's trace comments rather than its assertions.
/// </summary>
public class SubtensorEpochTests
{
    private static readonly int[] Servers4 = [4, 5, 6, 7];
    private static readonly int[] Quarters = [65535 / 4, 65535 / 2, (65535 / 4) * 3, 65535];

    [Fact]
    public void NillEpoch_EmptySubnet_RunsWithoutError() =>
        new MockSubnet(0).Epoch(0).Emission.ShouldBeEmpty();

    [Fact]
    public void Overflow_EmissionU64Max_RunsWithoutError()
    {
        var net = new MockSubnet(3) { Stake = { [0] = 10, [1] = 10, [2] = 10 } };
        net.Permit.AsSpan().Fill(true);
        net.SetWeights(0, [0, 1, 2], [65535 / 3, 65535 / 3, 65535]);
        net.SetWeights(1, [1, 2], [65535 / 2, 65535 / 2]);
        net.SetWeights(2, [2], [65535]);
        Should.NotThrow(() => net.Epoch(ulong.MaxValue));
    }

    [Fact]
    public void OneGraph_SelfWeightOnly_AllEmissionFromStake()
    {
        var net = new MockSubnet(1) { Stake = { [0] = 1 }, Block = 1 };
        net.SetWeights(0, [0], [65535]);
        var output = net.Epoch();
        output.Rank[0].ShouldBe((ushort)0);
        output.Trust[0].ShouldBe((ushort)0);
        output.Consensus[0].ShouldBe((ushort)0);
        output.Incentive[0].ShouldBe((ushort)0);
        output.Dividends[0].ShouldBe((ushort)0);
        output.Emission[0].ShouldBe(1_000_000_000UL);
    }

    [Fact]
    public void TenGraph_SelfWeightsOnly_EmissionSplitByStake()
    {
        var net = new MockSubnet(10) { Block = 1 };
        net.Stake.AsSpan().Fill(1);
        for (int i = 0; i < 10; i++)
        {
            net.SetWeights(i, [i], [65535]);
        }

        var output = net.Epoch();
        for (int i = 0; i < 10; i++)
        {
            (output.Rank[i], output.Trust[i], output.Consensus[i], output.Incentive[i], output.Dividends[i]).ShouldBe(((ushort)0, (ushort)0, (ushort)0, (ushort)0, (ushort)0));
            output.Emission[i].ShouldBe(99_999_999UL);
        }
    }

    [Fact]
    public void Bonds_SequenceOfEpochs_MatchesUpstreamBonds()
    {
        var net = new MockSubnet(8) { MaxAllowedValidators = 8 };
        ulong[] stakes = [1, 2, 3, 4, 0, 0, 0, 0];
        stakes.CopyTo(net.Stake, 0);
        net.Epoch();
        net.Block = 1;
        for (int uid = 0; uid < 4; uid++)
        {
            net.SetWeights(uid, Servers4, Quarters);
        }

        var first = net.Epoch();
        AssertColumn(net, 4, 16383, 32767, 49151, 65535);
        // [logged] E and the first row of stored weights.
        first.Emission.ShouldBe([49999998UL, 99999999, 150000000, 200000001, 49998779, 100000610, 149996337, 200004272]);
        net.Weights[0].Select(e => (int)e.Value).ShouldBe([16383, 32767, 49149, 65535]);

        SelfWeight(net, uid: 0, block: 2);
        var second = net.Epoch();
        AssertColumn(net, 4, 14582, 32767, 49151, 65535);
        second.Emission.ShouldBe([44998351UL, 101110561, 151667215, 202223870, 49998779, 100000610, 149996337, 200004272]); // [logged]

        SelfWeight(net, uid: 1, block: 3);
        net.Epoch();
        AssertColumn(net, 4, 12603, 28321, 49151, 65535);

        SelfWeight(net, uid: 2, block: 4);
        var fourth = net.Epoch();
        AssertColumn(net, 7, 12602, 28320, 49150, 65535);
        fourth.Emission.ShouldBe([99999999UL, 199999999, 299999999, 399999999, 0, 0, 0, 0]); // [logged]

        net.SetWeights(2, [7], [65535]);
        net.Block = 5;
        net.Epoch();
        AssertColumn(net, 7, 10951, 24609, 49150, 65535);

        net.Block = 6;
        net.Epoch();
        AssertColumn(net, 7, 9559, 21482, 49150, 65535);

        net.Block = 7;
        var seventh = net.Epoch();
        AssertColumn(net, 7, 8376, 18824, 49150, 65535);
        seventh.Emission.ShouldBe([29518068UL, 66336137, 173203134, 230942659, 0, 0, 0, 500000000]); // [logged]

        net.Block = 8;
        net.Epoch().Emission.ShouldBe([26565175UL, 59701871, 177311856, 236421095, 0, 0, 0, 500000000]); // [logged]
    }

    [Fact]
    public void ActiveStake_ValidatorsPastActivityCutoff_AreMaskedOut()
    {
        var net = new MockSubnet(4) { MaxAllowedValidators = 4 };
        net.Stake.AsSpan().Fill(1);
        net.Epoch();
        net.Block = 1;
        net.SetWeights(0, [2, 3], [32767, 32767]);
        net.SetWeights(1, [2, 3], [32767, 32767]);
        var output = net.Epoch();
        output.Dividends[0].ShouldBe((ushort)32767);
        output.Dividends[1].ShouldBe((ushort)32767);
        output.Emission.ShouldAllBe(e => e == 250_000_000UL);
        for (int v = 0; v < 2; v++)
        {
            (net.Bond(v, 0), net.Bond(v, 1), net.Bond(v, 2), net.Bond(v, 3)).ShouldBe((0, 0, 65535, 65535));
        }

        net.Block = 5002;
        net.SetWeights(0, [2, 3], [32767, 32767]);
        output = net.Epoch();
        (output.Dividends[0], output.Emission[0]).ShouldBe(((ushort)36044, 274_999_999UL));
        (net.Bond(0, 2), net.Bond(0, 3)).ShouldBe((65535, 65535));
        (output.Dividends[1], output.Emission[1]).ShouldBe(((ushort)29490, 224_999_999UL));
        (net.Bond(1, 2), net.Bond(1, 3)).ShouldBe((53619, 53619));
        // Upstream logs "P (u16): [65535, 53619, 59577, 59577]", a floored upscale; the reference code rounds
        // (vec_max_upscale_to_u16 calls round(), ties away from zero), and 0.2249999999·65535/0.275 = 53619.55.
        output.PruningScores.ShouldBe([(ushort)65535, 53620, 59577, 59577]);

        net.SetWeights(1, [2, 3], [32767, 32767]);
        net.Block = 5003;
        output = net.Epoch();
        (output.Dividends[0], output.Emission[0]).ShouldBe(((ushort)35716, 272_501_132UL));
        (net.Bond(0, 2), net.Bond(0, 3)).ShouldBe((65535, 65535));
        (output.Dividends[1], output.Emission[1]).ShouldBe(((ushort)29818, 227_498_866UL));
        (net.Bond(1, 2), net.Bond(1, 3)).ShouldBe((54712, 54712));
    }

    [Fact]
    public void OutdatedWeights_WeightsOnAReplacedUid_AreMasked()
    {
        var net = new MockSubnet(4) { MaxAllowedValidators = 4 };
        net.Stake.AsSpan().Fill(1);
        net.Epoch();
        net.Block = 1;
        net.SetWeights(0, [2, 3], [2 * (65535 / 3), 65535 / 3]);
        net.SetWeights(1, [2, 3], [2 * (65535 / 3), 65535 / 3]);
        net.SetWeights(2, [2], [65535]);
        net.SetWeights(3, [3], [65535]);
        var first = net.Epoch();
        first.Emission.ShouldBe([250000000UL, 250000000, 333331637, 166668361]); // [logged]
        // Upstream logs floored "P (u16): [49151, 49151, 65535, 32767]"; the code rounds 49151.6 and 32767.6 up.
        first.PruningScores.ShouldBe([(ushort)49152, 49152, 65535, 32768]);

        // Registering a new key at block 1 replaces uid 3, the lowest pruning score.
        net.Replace(3);
        net.Block = 2;
        net.SetWeights(0, [2, 3], [2 * (65535 / 3), 65535 / 3]);
        var output = net.Epoch();
        (output.Dividends[0], output.Emission[0]).ShouldBe(((ushort)32767, 250_000_000UL));
        (net.Bond(0, 2), net.Bond(0, 3)).ShouldBe((65535, 65535));
        output.Emission.ShouldBe([250000000UL, 250000000, 500000000, 0]); // [logged]
    }

    [Fact]
    public void ZeroWeights_NoEffectiveWeights_EmissionFallsBackToStake()
    {
        var net = new MockSubnet(2) { Stake = { [0] = 1 } };
        net.Epoch().Emission.ShouldBe([1_000_000_000UL, 0]);

        net.Block = 1;
        net.SetWeights(1, [1], [65535]);
        net.Epoch().Emission.ShouldBe([1_000_000_000UL, 0]);

        // Weights on uid 1, then uid 1 is re-registered in the same block: the weights are outdated.
        net.Block = 2;
        net.SetWeights(0, [1], [65535]);
        net.Replace(1);
        net.Epoch().Emission.ShouldBe([1_000_000_000UL, 0]);

        net.Block = 3;
        net.SetWeights(0, [1], [65535]);
        net.Epoch().Emission.ShouldBe([500_000_000UL, 500_000_000]);
    }

    [Fact]
    public void LoadedEmission_HundredUidsWithoutStake_YieldsOneEntryPerUid()
    {
        var output = new MockSubnet(100) { Block = 9 }.Epoch(10_000_000_000);
        output.ServerEmission.Length.ShouldBe(100);
        output.ValidatorEmission.Length.ShouldBe(100);
    }

    private static void SelfWeight(MockSubnet net, int uid, ulong block)
    {
        net.SetWeights(uid, [uid], [65535]);
        net.Block = block;
    }

    private static void AssertColumn(MockSubnet net, int column, params int[] expected) =>
        Enumerable.Range(0, 4).Select(v => net.Bond(v, column)).ShouldBe(expected);
}
