using Finney.Primitives.Scale;
using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Metadata;
using Finney.Runtime.Subtensor.Emission;
using Finney.Runtime.Subtensor.Hyperparameters;
using Finney.Runtime.Subtensor.Networks;
using Finney.Runtime.Subtensor.Registration;
using Finney.Storage;
using static Finney.Runtime.Subtensor.Views.ViewTypes;

namespace Finney.Runtime.Subtensor.Views;

/// <summary>
/// <c>SubnetInfo</c> and <c>SubnetHyperparams</c> with subtensor's field layout. Fields of later eras that this
/// chain does not have read as off (no owner: the zero account; commit-reveal and liquid alpha disabled, zeros).
/// </summary>
public static class SubnetInfoView
{
    private static readonly MetaType Bool = Types.Bool.Meta;

    /// <summary>The metadata type of <c>SubnetInfo</c>.</summary>
    public static MetaType InfoType { get; } = Struct(
        ["pallet_subtensor", "rpc_info", "subnet_info", "SubnetInfo"], true,
        Field("netuid", CompactU16, "Compact<u16>"), Field("rho", CompactU16, "Compact<u16>"), Field("kappa", CompactU16, "Compact<u16>"),
        Field("difficulty", CompactU64, "Compact<u64>"), Field("immunity_period", CompactU16, "Compact<u16>"),
        Field("max_allowed_validators", CompactU16, "Compact<u16>"), Field("min_allowed_weights", CompactU16, "Compact<u16>"),
        Field("max_weights_limit", CompactU16, "Compact<u16>"), Field("scaling_law_power", CompactU16, "Compact<u16>"),
        Field("subnetwork_n", CompactU16, "Compact<u16>"), Field("max_allowed_uids", CompactU16, "Compact<u16>"),
        Field("blocks_since_last_step", CompactU64, "Compact<u64>"), Field("tempo", CompactU16, "Compact<u16>"),
        Field("network_modality", CompactU16, "Compact<u16>"), Field("network_connect", MetaType.Sequence(MetaType.Array(Types.U16.Meta, 2)), "Vec<[u16; 2]>"),
        Field("emission_values", CompactU64, "Compact<u64>"), Field("burn", CompactU64, "Compact<u64>"), Field("owner", Account, "AccountId"));

    /// <summary>The metadata type of <c>SubnetHyperparams</c>.</summary>
    public static MetaType HyperparamsType { get; } = Struct(
        ["pallet_subtensor", "rpc_info", "subnet_info", "SubnetHyperparams"], false,
        Field("rho", CompactU16, "Compact<u16>"), Field("kappa", CompactU16, "Compact<u16>"), Field("immunity_period", CompactU16, "Compact<u16>"),
        Field("min_allowed_weights", CompactU16, "Compact<u16>"), Field("max_weights_limit", CompactU16, "Compact<u16>"), Field("tempo", CompactU16, "Compact<u16>"),
        Field("min_difficulty", CompactU64, "Compact<u64>"), Field("max_difficulty", CompactU64, "Compact<u64>"), Field("weights_version", CompactU64, "Compact<u64>"),
        Field("weights_rate_limit", CompactU64, "Compact<u64>"), Field("adjustment_interval", CompactU16, "Compact<u16>"), Field("activity_cutoff", CompactU64, "Compact<u64>"),
        Field("registration_allowed", Bool, "bool"), Field("target_regs_per_interval", CompactU16, "Compact<u16>"), Field("min_burn", CompactU64, "Compact<u64>"),
        Field("max_burn", CompactU64, "Compact<u64>"), Field("bonds_moving_avg", CompactU64, "Compact<u64>"), Field("max_regs_per_block", CompactU16, "Compact<u16>"),
        Field("serving_rate_limit", CompactU64, "Compact<u64>"), Field("max_validators", CompactU16, "Compact<u16>"), Field("adjustment_alpha", CompactU64, "Compact<u64>"),
        Field("difficulty", CompactU64, "Compact<u64>"), Field("commit_reveal_period", CompactU64, "Compact<u64>"), Field("commit_reveal_weights_enabled", Bool, "bool"),
        Field("alpha_high", CompactU16, "Compact<u16>"), Field("alpha_low", CompactU16, "Compact<u16>"), Field("liquid_alpha_enabled", Bool, "bool"));

    /// <summary><c>Option&lt;SubnetInfo&gt;</c>.</summary>
    public static void WriteInfo(ScaleWriter output, IStateReader state, ushort netuid)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!SubnetRegistry.Exists(state, netuid))
        {
            output.WriteU8(0);
            return;
        }

        output.WriteU8(1);
        output.WriteCompact(netuid);
        output.WriteCompact(HyperparameterStorage.Rho.Get(state, netuid));
        output.WriteCompact(HyperparameterStorage.Kappa.Get(state, netuid));
        output.WriteCompact(RegistrationStorage.Difficulty.Get(state, netuid));
        output.WriteCompact(HyperparameterStorage.ImmunityPeriod.Get(state, netuid));
        output.WriteCompact(HyperparameterStorage.MaxAllowedValidators.Get(state, netuid));
        output.WriteCompact(HyperparameterStorage.MinAllowedWeights.Get(state, netuid));
        output.WriteCompact(HyperparameterStorage.MaxWeightsLimit.Get(state, netuid));
        output.WriteCompact(HyperparameterStorage.ScalingLawPower.Get(state, netuid));
        output.WriteCompact(NetworkStorage.SubnetworkN.Get(state, netuid));
        output.WriteCompact(HyperparameterStorage.MaxAllowedUids.Get(state, netuid));
        output.WriteCompact(EmissionStorage.BlocksSinceLastStep.Get(state, netuid));
        output.WriteCompact(NetworkStorage.Tempo.Get(state, netuid));
        output.WriteCompact(NetworkStorage.NetworkModality.Get(state, netuid));
        var connections = NetworkStorage.NetworkConnect.IteratePrefix(state, netuid).ToList();
        output.WriteCompact((ulong)connections.Count);
        foreach (var (other, requirement) in connections)
        {
            output.WriteU16(other);
            output.WriteU16(requirement);
        }

        output.WriteCompact(EmissionStorage.EmissionValues.Get(state, netuid));
        output.WriteCompact(RegistrationStorage.Burn.Get(state, netuid));
        output.WriteBytes(new byte[32]);
    }

    /// <summary><c>Vec&lt;Option&lt;SubnetInfo&gt;&gt;</c> of every existing subnet by ascending netuid.</summary>
    public static void WriteAll(ScaleWriter output, IStateReader state)
    {
        ArgumentNullException.ThrowIfNull(output);
        var netuids = NetworkStorage.NetworksAdded.Iterate(state).Where(e => e.Value).Select(e => e.Key).Order().ToList();
        output.WriteCompact((ulong)netuids.Count);
        foreach (var netuid in netuids)
        {
            WriteInfo(output, state, netuid);
        }
    }

    /// <summary><c>Option&lt;SubnetHyperparams&gt;</c>.</summary>
    public static void WriteHyperparams(ScaleWriter output, IStateReader state, ushort netuid)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!SubnetRegistry.Exists(state, netuid))
        {
            output.WriteU8(0);
            return;
        }

        output.WriteU8(1);
        output.WriteCompact(HyperparameterStorage.Rho.Get(state, netuid));
        output.WriteCompact(HyperparameterStorage.Kappa.Get(state, netuid));
        output.WriteCompact(HyperparameterStorage.ImmunityPeriod.Get(state, netuid));
        output.WriteCompact(HyperparameterStorage.MinAllowedWeights.Get(state, netuid));
        output.WriteCompact(HyperparameterStorage.MaxWeightsLimit.Get(state, netuid));
        output.WriteCompact(NetworkStorage.Tempo.Get(state, netuid));
        output.WriteCompact(RegistrationStorage.MinDifficulty.Get(state, netuid));
        output.WriteCompact(RegistrationStorage.MaxDifficulty.Get(state, netuid));
        output.WriteCompact(HyperparameterStorage.WeightsVersionKey.Get(state, netuid));
        output.WriteCompact(HyperparameterStorage.WeightsSetRateLimit.Get(state, netuid));
        output.WriteCompact(RegistrationStorage.AdjustmentInterval.Get(state, netuid));
        output.WriteCompact(HyperparameterStorage.ActivityCutoff.Get(state, netuid));
        output.WriteBool(NetworkStorage.NetworkRegistrationAllowed.Get(state, netuid));
        output.WriteCompact(RegistrationStorage.TargetRegistrationsPerInterval.Get(state, netuid));
        output.WriteCompact(RegistrationStorage.MinBurn.Get(state, netuid));
        output.WriteCompact(RegistrationStorage.MaxBurn.Get(state, netuid));
        output.WriteCompact(HyperparameterStorage.BondsMovingAverage.Get(state, netuid));
        output.WriteCompact(RegistrationStorage.MaxRegistrationsPerBlock.Get(state, netuid));
        output.WriteCompact(HyperparameterStorage.ServingRateLimit.Get(state, netuid));
        output.WriteCompact(HyperparameterStorage.MaxAllowedValidators.Get(state, netuid));
        output.WriteCompact(RegistrationStorage.AdjustmentAlpha.Get(state, netuid));
        output.WriteCompact(RegistrationStorage.Difficulty.Get(state, netuid));
        output.WriteCompact(0UL);
        output.WriteBool(false);
        output.WriteCompact(0UL);
        output.WriteCompact(0UL);
        output.WriteBool(false);
    }
}
