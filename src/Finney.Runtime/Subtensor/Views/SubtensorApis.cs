using Finney.Primitives.Accounts;
using Finney.Primitives.Scale;
using Finney.Runtime.Api;
using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Metadata;

namespace Finney.Runtime.Subtensor.Views;

/// <summary>
/// SubtensorModule's runtime APIs (NeuronInfo, SubnetInfo, DelegateInfo, StakeInfo, SubnetRegistration), read through
/// <c>state_call</c> with typed results in V15 metadata, as the Bittensor SDK decodes them.
/// </summary>
public static class SubtensorApis
{
    /// <summary>What <c>get_network_registration_cost</c> answers: no amount registers a subnet (sudo adds them).</summary>
    public const ulong NetworkRegistrationCost = ulong.MaxValue;

    private static readonly MetaType U16 = Types.U16.Meta;
    private static readonly MetaType Account = Types.AccountId.Meta;

    /// <summary>The API declarations.</summary>
    public static IReadOnlyList<RuntimeApiDeclaration> Declarations { get; } =
    [
        new("NeuronInfoRuntimeApi", 1, "Neurons of a subnet: keys, endpoints, stake and consensus scores.",
        [
            new("get_neurons", [("netuid", U16)], MetaType.Sequence(NeuronInfoView.FullType), "Every neuron of a subnet, with weights and bonds.", (c, ref i, o) => NeuronInfoView.WriteAll(o, c.State, i.ReadU16(), full: true)),
            new("get_neuron", [("netuid", U16), ("uid", U16)], MetaType.Option(NeuronInfoView.FullType), "One neuron, with weights and bonds.", GetNeuron),
            new("get_neurons_lite", [("netuid", U16)], MetaType.Sequence(NeuronInfoView.LiteType), "Every neuron of a subnet, without weights and bonds.", (c, ref i, o) => NeuronInfoView.WriteAll(o, c.State, i.ReadU16(), full: false)),
            new("get_neuron_lite", [("netuid", U16), ("uid", U16)], MetaType.Option(NeuronInfoView.LiteType), "One neuron, without weights and bonds.", GetNeuronLite),
        ]),
        new("SubnetInfoRuntimeApi", 1, "Subnets and their hyperparameters.",
        [
            new("get_subnet_info", [("netuid", U16)], MetaType.Option(SubnetInfoView.InfoType), "One subnet.", (c, ref i, o) => SubnetInfoView.WriteInfo(o, c.State, i.ReadU16())),
            new("get_subnets_info", [], MetaType.Sequence(MetaType.Option(SubnetInfoView.InfoType)), "Every subnet, by netuid.", (c, ref i, o) => SubnetInfoView.WriteAll(o, c.State)),
            new("get_subnet_hyperparams", [("netuid", U16)], MetaType.Option(SubnetInfoView.HyperparamsType), "A subnet's hyperparameters.", (c, ref i, o) => SubnetInfoView.WriteHyperparams(o, c.State, i.ReadU16())),
        ]),
        new("DelegateInfoRuntimeApi", 1, "Delegates, their nominators and returns.",
        [
            new("get_delegates", [], MetaType.Sequence(DelegateInfoView.InfoType), "Every delegate.", (c, ref i, o) => DelegateInfoView.WriteAll(o, c.State)),
            new("get_delegate", [("delegate_account", Account)], MetaType.Option(DelegateInfoView.InfoType), "One delegate.", (c, ref i, o) => DelegateInfoView.WriteOne(o, c.State, ReadAccount(ref i))),
            new("get_delegated", [("delegatee_account", Account)], MetaType.Sequence(MetaType.Tuple(DelegateInfoView.InfoType, ViewTypes.CompactU64)), "The delegates a coldkey stakes to, with its stake.", (c, ref i, o) => DelegateInfoView.WriteDelegated(o, c.State, ReadAccount(ref i))),
        ]),
        new("StakeInfoRuntimeApi", 1, "Stake held by coldkeys.",
        [
            new("get_stake_info_for_coldkey", [("coldkey_account", Account)], MetaType.Sequence(StakeInfoView.InfoType), "A coldkey's stake entries.", (c, ref i, o) => StakeInfoView.WriteForColdkey(o, c.State, ReadAccount(ref i))),
            new("get_stake_info_for_coldkeys", [("coldkey_accounts", MetaType.Sequence(Account))], MetaType.Sequence(MetaType.Tuple(Account, MetaType.Sequence(StakeInfoView.InfoType))), "Several coldkeys' stake entries.", GetStakeInfoForColdkeys),
        ]),
        new("SubnetRegistrationRuntimeApi", 1, "The cost of registering a subnet.",
        [
            new("get_network_registration_cost", [], Types.U64.Meta, "u64::MAX: on this Finney-era chain subnets are added by sudo only, so no amount buys one.", (c, ref i, o) => o.WriteU64(NetworkRegistrationCost)),
        ]),
    ];

    private static void GetNeuron(RuntimeApiContext c, ref ScaleReader i, ScaleWriter o)
    {
        var netuid = i.ReadU16();
        NeuronInfoView.WriteOne(o, c.State, netuid, i.ReadU16(), full: true);
    }

    private static void GetNeuronLite(RuntimeApiContext c, ref ScaleReader i, ScaleWriter o)
    {
        var netuid = i.ReadU16();
        NeuronInfoView.WriteOne(o, c.State, netuid, i.ReadU16(), full: false);
    }

    private static void GetStakeInfoForColdkeys(RuntimeApiContext c, ref ScaleReader i, ScaleWriter o)
    {
        var count = i.ReadCompactLength(32);
        var coldkeys = new AccountId32[count];
        for (int k = 0; k < count; k++)
        {
            coldkeys[k] = ReadAccount(ref i);
        }

        StakeInfoView.WriteForColdkeys(o, c.State, coldkeys);
    }

    private static AccountId32 ReadAccount(ref ScaleReader input) => Types.AccountId.Codec.Decode(ref input);
}
