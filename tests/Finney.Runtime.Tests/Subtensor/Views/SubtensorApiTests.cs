using Finney.Primitives.Accounts;
using Finney.Primitives.Scale;
using Finney.Runtime.Subtensor.Hyperparameters;
using Finney.Runtime.Subtensor.Networks;
using Finney.Runtime.Subtensor.Serving;
using Finney.Runtime.Subtensor.Staking;
using Finney.Testing;

namespace Finney.Runtime.Tests.Subtensor.Views;

public sealed class SubtensorApiTests
{
    private const ulong Tao = TestRuntime.Tao;
    private static readonly AccountId32 Alice = DevAccounts.Alice.AccountId;
    private static readonly AccountId32 Bob = DevAccounts.Bob.AccountId;
    private static readonly AccountId32 Hotkey = SubtensorSetup.Account(1);

    private static TestChain Chain()
    {
        var chain = new TestRuntime().WithBalance(Alice, 1_000 * Tao).WithBalance(Bob, 1_000 * Tao).Build()
            .WithSubnet(3, tempo: 4).Sudo(new SudoSetTxRateLimit(0)).Registered(3, Alice, Hotkey).Staked(Alice, Hotkey, 100 * Tao);
        chain.Dispatch(new BecomeDelegate(Hotkey), Alice).IsOk.ShouldBeTrue();
        chain.Staked(Bob, Hotkey, 50 * Tao);
        chain.Dispatch(new ServeAxon(3, 1, 0x0A00_0001, 8091, 4, 0, 0, 0), Hotkey).IsOk.ShouldBeTrue();
        return chain;
    }

    private static byte[] Call(TestChain chain, string method, params byte[][] args)
    {
        var result = chain.Runtime.Call(chain.State, chain.Head, method, [.. args.SelectMany(a => a)]);
        result.Error.ShouldBeNull();
        return result.Output!;
    }

    private static byte[] U16(ushort value) => BitConverter.GetBytes(value);

    [Fact]
    public void GetNeuronsLite_EncodesSubtensorsNeuronInfoLiteLayout()
    {
        using var chain = Chain();
        var reader = new ScaleReader(Call(chain, "NeuronInfoRuntimeApi_get_neurons_lite", U16(3)));

        reader.ReadCompactLength().ShouldBe(1);
        new AccountId32(reader.ReadBytes(32)).ShouldBe(Hotkey);
        new AccountId32(reader.ReadBytes(32)).ShouldBe(Alice);
        reader.ReadCompactU32().ShouldBe(0u);
        reader.ReadCompactU32().ShouldBe(3u);
        reader.ReadBool().ShouldBeTrue();
        var axon = AxonInfo.Type.Codec.Decode(ref reader);
        axon.Port.ShouldBe((ushort)8091);
        PrometheusInfo.Type.Codec.Decode(ref reader).Port.ShouldBe((ushort)0);
        var nominators = reader.ReadCompactLength();
        var stakes = new SortedDictionary<AccountId32, ulong>();
        for (int i = 0; i < nominators; i++)
        {
            stakes[new AccountId32(reader.ReadBytes(32))] = reader.ReadCompactU64();
        }

        stakes[Alice].ShouldBe(100 * Tao);
        stakes[Bob].ShouldBe(50 * Tao);
        for (int i = 0; i < 8; i++)
        {
            reader.ReadCompactU64().ShouldBe(0UL);
        }

        reader.ReadBool().ShouldBeFalse();
        reader.ReadCompactU32().ShouldBe(0u);
        reader.IsAtEnd.ShouldBeTrue();
    }

    [Fact]
    public void GetNeuron_IncludesWeightsAndBonds_AndIsNoneForAMissingUid()
    {
        using var chain = Chain().Sudo(new SudoSetWeightsSetRateLimit(3, 0));
        chain.Dispatch(new Runtime.Subtensor.Weights.SetWeights(3, [0], [9], 0), Hotkey).IsOk.ShouldBeTrue();
        var full = Call(chain, "NeuronInfoRuntimeApi_get_neuron", U16(3), U16(0));
        var lite = Call(chain, "NeuronInfoRuntimeApi_get_neuron_lite", U16(3), U16(0));

        full[0].ShouldBe((byte)1);
        lite[0].ShouldBe((byte)1);

        // The full form adds weights [(0, 65535)] (1 + 1 + 4 bytes) and empty bonds (1 byte) before the pruning score.
        full.Length.ShouldBe(lite.Length + 7);
        Call(chain, "NeuronInfoRuntimeApi_get_neuron", U16(3), U16(1)).ShouldBe(new byte[] { 0 });
        Call(chain, "NeuronInfoRuntimeApi_get_neurons", U16(9)).ShouldBe(new byte[] { 0 });
    }

    [Fact]
    public void GetSubnetInfo_EncodesTheSubnetsParameters()
    {
        using var chain = Chain();
        var reader = new ScaleReader(Call(chain, "SubnetInfoRuntimeApi_get_subnet_info", U16(3)));

        reader.ReadU8().ShouldBe((byte)1);
        reader.ReadCompactU32().ShouldBe(3u);
        reader.ReadCompactU32().ShouldBe(10u);
        reader.ReadCompactU32().ShouldBe(32_767u);
        reader.ReadCompactU64().ShouldBe(10_000_000UL);
        reader.ReadCompactU32().ShouldBe(4096u);
        reader.ReadCompactU32().ShouldBe(128u);
        reader.ReadCompactU32().ShouldBe(1024u);
        reader.ReadCompactU32().ShouldBe(1000u);
        reader.ReadCompactU32().ShouldBe(50u);
        reader.ReadCompactU32().ShouldBe(1u);
        reader.ReadCompactU32().ShouldBe(4096u);
        reader.ReadCompactU64().ShouldBe(0UL);
        reader.ReadCompactU32().ShouldBe(4u);
        reader.ReadCompactU32().ShouldBe(0u);
        reader.ReadCompactLength().ShouldBe(0);
        reader.ReadCompactU64().ShouldBe(0UL);
        reader.ReadCompactU64().ShouldBe(Tao);
        reader.ReadBytes(32).ToArray().ShouldBe(new byte[32]);
        reader.IsAtEnd.ShouldBeTrue();

        Call(chain, "SubnetInfoRuntimeApi_get_subnets_info")[0].ShouldBe((byte)4);
        Call(chain, "SubnetInfoRuntimeApi_get_subnet_info", U16(1)).ShouldBe(new byte[] { 0 });
    }

    [Fact]
    public void GetSubnetHyperparams_StartsWithRhoKappaAndEndsWithTheDisabledLaterFeatures()
    {
        using var chain = Chain();
        var bytes = Call(chain, "SubnetInfoRuntimeApi_get_subnet_hyperparams", U16(3));
        var reader = new ScaleReader(bytes);
        reader.ReadU8().ShouldBe((byte)1);
        reader.ReadCompactU32().ShouldBe(10u);
        reader.ReadCompactU32().ShouldBe(32_767u);
        bytes[^1].ShouldBe((byte)0);
        NetworkStorage.NetworkRegistrationAllowed.Get(chain.State, 3).ShouldBeTrue();
    }

    [Fact]
    public void GetDelegates_ListsTheDelegateWithTakeNominatorsAndRegistrations()
    {
        using var chain = Chain();
        var reader = new ScaleReader(Call(chain, "DelegateInfoRuntimeApi_get_delegates"));

        reader.ReadCompactLength().ShouldBe(1);
        new AccountId32(reader.ReadBytes(32)).ShouldBe(Hotkey);
        reader.ReadCompactU32().ShouldBe(11_796u);
        var nominators = reader.ReadCompactLength();
        nominators.ShouldBe(2);
        for (int i = 0; i < nominators; i++)
        {
            reader.ReadBytes(32);
            reader.ReadCompactU64().ShouldBeGreaterThan(0UL);
        }

        new AccountId32(reader.ReadBytes(32)).ShouldBe(Alice);
        reader.ReadCompactLength().ShouldBe(1);
        reader.ReadCompactU32().ShouldBe(3u);
        reader.ReadCompactLength().ShouldBe(0);
        reader.ReadCompactU64().ShouldBe(0UL);
        reader.ReadCompactU64().ShouldBe(0UL);
        reader.IsAtEnd.ShouldBeTrue();
    }

    [Fact]
    public void GetDelegated_ReturnsTheNominatorsStakePerDelegate()
    {
        using var chain = Chain();
        var output = Call(chain, "DelegateInfoRuntimeApi_get_delegated", Bob.Bytes.ToArray());
        var single = Call(chain, "DelegateInfoRuntimeApi_get_delegate", Hotkey.Bytes.ToArray());

        output[0].ShouldBe((byte)4);
        var reader = new ScaleReader(output.AsSpan(1 + single.Length - 1));
        reader.ReadCompactU64().ShouldBe(50 * Tao);
        Call(chain, "DelegateInfoRuntimeApi_get_delegate", Bob.Bytes.ToArray()).ShouldBe(new byte[] { 0 });
    }

    [Fact]
    public void GetStakeInfoForColdkeys_ListsEachColdkeysEntries()
    {
        using var chain = Chain();
        var single = new ScaleReader(Call(chain, "StakeInfoRuntimeApi_get_stake_info_for_coldkey", Bob.Bytes.ToArray()));
        single.ReadCompactLength().ShouldBe(1);
        new AccountId32(single.ReadBytes(32)).ShouldBe(Hotkey);
        new AccountId32(single.ReadBytes(32)).ShouldBe(Bob);
        single.ReadCompactU64().ShouldBe(50 * Tao);

        var many = new ScaleReader(Call(chain, "StakeInfoRuntimeApi_get_stake_info_for_coldkeys", [8], Alice.Bytes.ToArray(), Bob.Bytes.ToArray()));
        many.ReadCompactLength().ShouldBe(2);
        new AccountId32(many.ReadBytes(32)).ShouldBe(Alice);
        many.ReadCompactLength().ShouldBe(1);
    }

    [Fact]
    public void GetNetworkRegistrationCost_IsUnreachable_BecauseSubnetsAreAddedBySudo()
    {
        using var chain = Chain();
        BitConverter.ToUInt64(Call(chain, "SubnetRegistrationRuntimeApi_get_network_registration_cost")).ShouldBe(ulong.MaxValue);
    }

    [Fact]
    public void SubtensorApis_AreListedInTheRuntimeVersion()
    {
        using var chain = Chain();
        var names = Runtime.Api.RuntimeApis.Declarations.Select(d => d.Name).ToList();
        names.ShouldContain("NeuronInfoRuntimeApi");
        names.ShouldContain("StakeInfoRuntimeApi");
        chain.Runtime.Version.Apis.Count.ShouldBe(names.Count);
    }
}
