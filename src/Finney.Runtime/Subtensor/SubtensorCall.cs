using Finney.Primitives.Scale;
using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Declarations;
using Finney.Runtime.Kernel.Metadata;
using Finney.Runtime.Subtensor.Hyperparameters;
using Finney.Runtime.Subtensor.Networks;
using Finney.Runtime.Subtensor.Registration;
using Finney.Runtime.Subtensor.Serving;
using Finney.Runtime.Subtensor.Staking;
using Finney.Runtime.Subtensor.Weights;

namespace Finney.Runtime.Subtensor;

/// <summary>
/// A call of SubtensorModule. Every one is fee-free (<c>Pays::No</c>), as on subtensor; the call indices are the
/// Finney era's (gaps are the removed validator hyperparameter setters and the senate calls, which this runtime omits).
/// </summary>
public abstract record SubtensorCall : RuntimeCall
{
    private static readonly Field<ushort> Netuid = Field.Of("netuid", Types.U16, "u16");
    private static readonly Field<Primitives.Accounts.AccountId32> Hotkey = Field.Of("hotkey", Types.AccountId, "T::AccountId");

    /// <summary>The call table.</summary>
    public static readonly VariantTable<SubtensorCall> Table = new VariantTable<SubtensorCall>("pallet_subtensor", "pallet", "Call")
        .Add(0, "set_weights", SetWeightsCodec, Info("netuid", Types.U16, "u16"), Info("dests", Types.Vec(Types.U16), "Vec<u16>"), Info("weights", Types.Vec(Types.U16), "Vec<u16>"), Info("version_key", Types.U64, "u64"))
        .Add(1, "become_delegate", Hotkey, h => new BecomeDelegate(h), c => c.Hotkey)
        .Add(2, "add_stake", Hotkey, Field.Of("amount_staked", Types.U64, "u64"), (h, a) => new AddStake(h, a), c => (c.Hotkey, c.AmountStaked))
        .Add(3, "remove_stake", Hotkey, Field.Of("amount_unstaked", Types.U64, "u64"), (h, a) => new RemoveStake(h, a), c => (c.Hotkey, c.AmountUnstaked))
        .Add(4, "serve_axon", ServeAxonCodec, Info("netuid", Types.U16, "u16"), Info("version", Types.U32, "u32"), Info("ip", Types.U128, "u128"), Info("port", Types.U16, "u16"), Info("ip_type", Types.U8, "u8"), Info("protocol", Types.U8, "u8"), Info("placeholder1", Types.U8, "u8"), Info("placeholder2", Types.U8, "u8"))
        .Add(5, "serve_prometheus", ServePrometheusCodec, Info("netuid", Types.U16, "u16"), Info("version", Types.U32, "u32"), Info("ip", Types.U128, "u128"), Info("port", Types.U16, "u16"), Info("ip_type", Types.U8, "u8"))
        .Add(6, "register", RegisterCodec, Info("netuid", Types.U16, "u16"), Info("block_number", Types.U64, "u64"), Info("nonce", Types.U64, "u64"), Info("work", Types.Bytes, "Vec<u8>"), Info("hotkey", Types.AccountId, "T::AccountId"), Info("coldkey", Types.AccountId, "T::AccountId"))
        .Add(7, "burned_register", Netuid, Hotkey, (n, h) => new BurnedRegister(n, h), c => (c.Netuid, c.Hotkey))
        .Add(8, "sudo_register", SudoRegisterCodec, Info("netuid", Types.U16, "u16"), Info("hotkey", Types.AccountId, "T::AccountId"), Info("coldkey", Types.AccountId, "T::AccountId"), Info("stake", Types.U64, "u64"), Info("balance", Types.U64, "u64"))
        .Add(9, "sudo_add_network", Netuid, Field.Of("tempo", Types.U16, "u16"), Field.Of("modality", Types.U16, "u16"), (n, t, m) => new SudoAddNetwork(n, t, m), c => (c.Netuid, c.Tempo, c.Modality))
        .Add(10, "sudo_remove_network", Netuid, n => new SudoRemoveNetwork(n), c => c.Netuid)
        .Add(11, "sudo_set_emission_values", Field.Of("netuids", Types.Vec(Types.U16), "Vec<u16>"), Field.Of("emission", Types.Vec(Types.U64), "Vec<u64>"), (n, e) => new SudoSetEmissionValues(n, e), c => (c.Netuids, c.Emission))
        .Add(12, "sudo_add_network_connection_requirement", Field.Of("netuid_a", Types.U16, "u16"), Field.Of("netuid_b", Types.U16, "u16"), Field.Of("requirement", Types.U16, "u16"), (a, b, r) => new SudoAddNetworkConnectionRequirement(a, b, r), c => (c.NetuidA, c.NetuidB, c.Requirement))
        .Add(13, "sudo_remove_network_connection_requirement", Field.Of("netuid_a", Types.U16, "u16"), Field.Of("netuid_b", Types.U16, "u16"), (a, b) => new SudoRemoveNetworkConnectionRequirement(a, b), c => (c.NetuidA, c.NetuidB))
        .Add(14, "sudo_set_default_take", Field.Of("default_take", Types.U16, "u16"), v => new SudoSetDefaultTake(v), c => c.DefaultTake)
        .Add(15, "sudo_set_serving_rate_limit", Netuid, Field.Of("serving_rate_limit", Types.U64, "u64"), (n, v) => new SudoSetServingRateLimit(n, v), c => (c.Netuid, c.ServingRateLimit))
        .Add(16, "sudo_set_tx_rate_limit", Field.Of("tx_rate_limit", Types.U64, "u64"), v => new SudoSetTxRateLimit(v), c => c.TxRateLimit)
        .Add(17, "sudo_set_max_burn", Netuid, Field.Of("max_burn", Types.U64, "u64"), (n, v) => new SudoSetMaxBurn(n, v), c => (c.Netuid, c.MaxBurn))
        .Add(18, "sudo_set_min_burn", Netuid, Field.Of("min_burn", Types.U64, "u64"), (n, v) => new SudoSetMinBurn(n, v), c => (c.Netuid, c.MinBurn))
        .Add(19, "sudo_set_burn", Netuid, Field.Of("burn", Types.U64, "u64"), (n, v) => new SudoSetBurn(n, v), c => (c.Netuid, c.Burn))
        .Add(20, "sudo_set_max_difficulty", Netuid, Field.Of("max_difficulty", Types.U64, "u64"), (n, v) => new SudoSetMaxDifficulty(n, v), c => (c.Netuid, c.MaxDifficulty))
        .Add(21, "sudo_set_min_difficulty", Netuid, Field.Of("min_difficulty", Types.U64, "u64"), (n, v) => new SudoSetMinDifficulty(n, v), c => (c.Netuid, c.MinDifficulty))
        .Add(22, "sudo_set_weights_set_rate_limit", Netuid, Field.Of("weights_set_rate_limit", Types.U64, "u64"), (n, v) => new SudoSetWeightsSetRateLimit(n, v), c => (c.Netuid, c.WeightsSetRateLimit))
        .Add(23, "sudo_set_weights_version_key", Netuid, Field.Of("weights_version_key", Types.U64, "u64"), (n, v) => new SudoSetWeightsVersionKey(n, v), c => (c.Netuid, c.WeightsVersionKey))
        .Add(24, "sudo_set_bonds_moving_average", Netuid, Field.Of("bonds_moving_average", Types.U64, "u64"), (n, v) => new SudoSetBondsMovingAverage(n, v), c => (c.Netuid, c.BondsMovingAverage))
        .Add(25, "sudo_set_max_allowed_validators", Netuid, Field.Of("max_allowed_validators", Types.U16, "u16"), (n, v) => new SudoSetMaxAllowedValidators(n, v), c => (c.Netuid, c.MaxAllowedValidators))
        .Add(26, "sudo_set_difficulty", Netuid, Field.Of("difficulty", Types.U64, "u64"), (n, v) => new SudoSetDifficulty(n, v), c => (c.Netuid, c.Difficulty))
        .Add(27, "sudo_set_adjustment_interval", Netuid, Field.Of("adjustment_interval", Types.U16, "u16"), (n, v) => new SudoSetAdjustmentInterval(n, v), c => (c.Netuid, c.AdjustmentInterval))
        .Add(28, "sudo_set_target_registrations_per_interval", Netuid, Field.Of("target_registrations_per_interval", Types.U16, "u16"), (n, v) => new SudoSetTargetRegistrationsPerInterval(n, v), c => (c.Netuid, c.TargetRegistrationsPerInterval))
        .Add(29, "sudo_set_activity_cutoff", Netuid, Field.Of("activity_cutoff", Types.U16, "u16"), (n, v) => new SudoSetActivityCutoff(n, v), c => (c.Netuid, c.ActivityCutoff))
        .Add(30, "sudo_set_rho", Netuid, Field.Of("rho", Types.U16, "u16"), (n, v) => new SudoSetRho(n, v), c => (c.Netuid, c.Rho))
        .Add(31, "sudo_set_kappa", Netuid, Field.Of("kappa", Types.U16, "u16"), (n, v) => new SudoSetKappa(n, v), c => (c.Netuid, c.Kappa))
        .Add(32, "sudo_set_max_allowed_uids", Netuid, Field.Of("max_allowed_uids", Types.U16, "u16"), (n, v) => new SudoSetMaxAllowedUids(n, v), c => (c.Netuid, c.MaxAllowedUids))
        .Add(33, "sudo_set_min_allowed_weights", Netuid, Field.Of("min_allowed_weights", Types.U16, "u16"), (n, v) => new SudoSetMinAllowedWeights(n, v), c => (c.Netuid, c.MinAllowedWeights))
        .Add(38, "sudo_set_validator_prune_len", Netuid, Field.Of("validator_prune_len", Types.U64, "u64"), (n, v) => new SudoSetValidatorPruneLen(n, v), c => (c.Netuid, c.ValidatorPruneLen))
        .Add(41, "sudo_set_scaling_law_power", Netuid, Field.Of("scaling_law_power", Types.U16, "u16"), (n, v) => new SudoSetScalingLawPower(n, v), c => (c.Netuid, c.ScalingLawPower))
        .Add(43, "sudo_set_immunity_period", Netuid, Field.Of("immunity_period", Types.U16, "u16"), (n, v) => new SudoSetImmunityPeriod(n, v), c => (c.Netuid, c.ImmunityPeriod))
        .Add(44, "sudo_set_max_weight_limit", Netuid, Field.Of("max_weight_limit", Types.U16, "u16"), (n, v) => new SudoSetMaxWeightLimit(n, v), c => (c.Netuid, c.MaxWeightLimit))
        .Add(45, "sudo_set_max_registrations_per_block", Netuid, Field.Of("max_registrations_per_block", Types.U16, "u16"), (n, v) => new SudoSetMaxRegistrationsPerBlock(n, v), c => (c.Netuid, c.MaxRegistrationsPerBlock))
        .Add(46, "sudo_set_total_issuance", Field.Of("total_issuance", Types.U64, "u64"), v => new SudoSetTotalIssuance(v), c => c.TotalIssuance)
        .Add(47, "sudo_set_tempo", Netuid, Field.Of("tempo", Types.U16, "u16"), (n, v) => new SudoSetTempo(n, v), c => (c.Netuid, c.Tempo))
        .Add(48, "sudo_set_rao_recycled", Netuid, Field.Of("rao_recycled", Types.U64, "u64"), (n, v) => new SudoSetRaoRecycled(n, v), c => (c.Netuid, c.RaoRecycled))
        .Add(49, "sudo_set_registration_allowed", Netuid, Field.Of("registration_allowed", Types.Bool, "bool"), (n, v) => new SudoSetRegistrationAllowed(n, v), c => (c.Netuid, c.RegistrationAllowed))
        .Add(56, "sudo_set_senate_required_stake_perc", Field.Of("required_percent", Types.U64, "u64"), v => new SudoSetSenateRequiredStakePerc(v), c => c.RequiredPercent)
        .Add(58, "sudo_set_adjustment_alpha", Netuid, Field.Of("adjustment_alpha", Types.U64, "u64"), (n, v) => new SudoSetAdjustmentAlpha(n, v), c => (c.Netuid, c.AdjustmentAlpha));

    /// <summary>A successful call: no fee, as every SubtensorModule call.</summary>
    public static DispatchResult NoFee => new(null, new PostDispatchInfo(null, Pays.No));

    /// <summary>A normal-class, fee-free dispatch of <paramref name="weight"/>.</summary>
    protected static DispatchInfo Normal(Weight weight) => new(weight, DispatchClass.Normal, Pays.No);

    /// <summary>An operational-class, fee-free dispatch of <paramref name="weight"/> (the sudo calls).</summary>
    protected static DispatchInfo Operational(Weight weight) => new(weight, DispatchClass.Operational, Pays.No);

    /// <summary>A SubtensorModule error.</summary>
    protected static DispatchError Error(SubtensorError error) => SubtensorErrors.Of(error);

    private static IScaleCodec<SetWeights> SetWeightsCodec => ScaleCodec.Map(
        ScaleCodec.Tuple(ScaleCodec.Tuple(ScaleCodec.U16, ScaleCodec.Vec(ScaleCodec.U16)), ScaleCodec.Tuple(ScaleCodec.Vec(ScaleCodec.U16), ScaleCodec.U64)),
        t => new SetWeights(t.Item1.Item1, t.Item1.Item2, t.Item2.Item1, t.Item2.Item2),
        c => ((c.Netuid, c.Dests), (c.Weights, c.VersionKey)),
        "set_weights");

    private static IScaleCodec<ServeAxon> ServeAxonCodec => ScaleCodec.Map(
        ScaleCodec.Tuple(ScaleCodec.Tuple(ScaleCodec.U16, ScaleCodec.U32, ScaleCodec.U128), ScaleCodec.Tuple(ScaleCodec.U16, ScaleCodec.U8, ScaleCodec.U8), ScaleCodec.Tuple(ScaleCodec.U8, ScaleCodec.U8)),
        t => new ServeAxon(t.Item1.Item1, t.Item1.Item2, t.Item1.Item3, t.Item2.Item1, t.Item2.Item2, t.Item2.Item3, t.Item3.Item1, t.Item3.Item2),
        c => ((c.Netuid, c.Version, c.Ip), (c.Port, c.IpType, c.Protocol), (c.Placeholder1, c.Placeholder2)),
        "serve_axon");

    private static IScaleCodec<ServePrometheus> ServePrometheusCodec => ScaleCodec.Map(
        ScaleCodec.Tuple(ScaleCodec.Tuple(ScaleCodec.U16, ScaleCodec.U32, ScaleCodec.U128), ScaleCodec.Tuple(ScaleCodec.U16, ScaleCodec.U8)),
        t => new ServePrometheus(t.Item1.Item1, t.Item1.Item2, t.Item1.Item3, t.Item2.Item1, t.Item2.Item2),
        c => ((c.Netuid, c.Version, c.Ip), (c.Port, c.IpType)),
        "serve_prometheus");

    private static IScaleCodec<Register> RegisterCodec => ScaleCodec.Map(
        ScaleCodec.Tuple(ScaleCodec.Tuple(ScaleCodec.U16, ScaleCodec.U64, ScaleCodec.U64), ScaleCodec.Tuple(ScaleCodec.Bytes, Types.AccountId.Codec, Types.AccountId.Codec)),
        t => new Register(t.Item1.Item1, t.Item1.Item2, t.Item1.Item3, t.Item2.Item1, t.Item2.Item2, t.Item2.Item3),
        c => ((c.Netuid, c.BlockNumber, c.Nonce), (c.Work, c.Hotkey, c.Coldkey)),
        "register");

    private static IScaleCodec<SudoRegister> SudoRegisterCodec => ScaleCodec.Map(
        ScaleCodec.Tuple(ScaleCodec.Tuple(ScaleCodec.U16, Types.AccountId.Codec, Types.AccountId.Codec), ScaleCodec.Tuple(ScaleCodec.U64, ScaleCodec.U64)),
        t => new SudoRegister(t.Item1.Item1, t.Item1.Item2, t.Item1.Item3, t.Item2.Item1, t.Item2.Item2),
        c => ((c.Netuid, c.Hotkey, c.Coldkey), (c.Stake, c.Balance)),
        "sudo_register");

    private static FieldInfo Info<T>(string name, ScaleType<T> type, string typeName) => new(name, type.Meta, typeName);
}
