using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Declarations;

namespace Finney.Runtime.Subtensor;

/// <summary>The event table of SubtensorModule, with the Finney-era indices; fields are unnamed, as subtensor declares them.</summary>
public static class SubtensorEvents
{
    /// <summary>The table.</summary>
    public static readonly VariantTable<SubtensorEvent> Table = new VariantTable<SubtensorEvent>("pallet_subtensor", "pallet", "Event")
        .Add(0, "NetworkAdded", Field.Unnamed(Types.U16, "u16"), Field.Unnamed(Types.U16, "u16"), (a, b) => new NetworkAdded(a, b), e => (e.Netuid, e.Modality))
        .Add(1, "NetworkRemoved", Field.Unnamed(Types.U16, "u16"), a => new NetworkRemoved(a), e => e.Netuid)
        .Add(2, "StakeAdded", Field.Unnamed(Types.AccountId, "T::AccountId"), Field.Unnamed(Types.U64, "u64"), (a, b) => new StakeAdded(a, b), e => (e.Hotkey, e.Amount))
        .Add(3, "StakeRemoved", Field.Unnamed(Types.AccountId, "T::AccountId"), Field.Unnamed(Types.U64, "u64"), (a, b) => new StakeRemoved(a, b), e => (e.Hotkey, e.Amount))
        .Add(4, "WeightsSet", Field.Unnamed(Types.U16, "u16"), Field.Unnamed(Types.U16, "u16"), (a, b) => new WeightsSet(a, b), e => (e.Netuid, e.Uid))
        .Add(5, "NeuronRegistered", Field.Unnamed(Types.U16, "u16"), Field.Unnamed(Types.U16, "u16"), Field.Unnamed(Types.AccountId, "T::AccountId"), (a, b, c) => new NeuronRegistered(a, b, c), e => (e.Netuid, e.Uid, e.Hotkey))
        .Add(6, "BulkNeuronsRegistered", Field.Unnamed(Types.U16, "u16"), Field.Unnamed(Types.U16, "u16"), (a, b) => new BulkNeuronsRegistered(a, b), e => (e.Netuid, e.Count))
        .Add(7, "BulkBalancesSet", Field.Unnamed(Types.U16, "u16"), Field.Unnamed(Types.U16, "u16"), (a, b) => new BulkBalancesSet(a, b), e => (e.Netuid, e.Count))
        .Add(8, "MaxAllowedUidsSet", Field.Unnamed(Types.U16, "u16"), Field.Unnamed(Types.U16, "u16"), (a, b) => new MaxAllowedUidsSet(a, b), e => (e.Netuid, e.Value))
        .Add(9, "MaxWeightLimitSet", Field.Unnamed(Types.U16, "u16"), Field.Unnamed(Types.U16, "u16"), (a, b) => new MaxWeightLimitSet(a, b), e => (e.Netuid, e.Value))
        .Add(10, "DifficultySet", Field.Unnamed(Types.U16, "u16"), Field.Unnamed(Types.U64, "u64"), (a, b) => new DifficultySet(a, b), e => (e.Netuid, e.Value))
        .Add(11, "AdjustmentIntervalSet", Field.Unnamed(Types.U16, "u16"), Field.Unnamed(Types.U16, "u16"), (a, b) => new AdjustmentIntervalSet(a, b), e => (e.Netuid, e.Value))
        .Add(12, "RegistrationPerIntervalSet", Field.Unnamed(Types.U16, "u16"), Field.Unnamed(Types.U16, "u16"), (a, b) => new RegistrationPerIntervalSet(a, b), e => (e.Netuid, e.Value))
        .Add(13, "MaxRegistrationsPerBlockSet", Field.Unnamed(Types.U16, "u16"), Field.Unnamed(Types.U16, "u16"), (a, b) => new MaxRegistrationsPerBlockSet(a, b), e => (e.Netuid, e.Value))
        .Add(14, "ActivityCutoffSet", Field.Unnamed(Types.U16, "u16"), Field.Unnamed(Types.U16, "u16"), (a, b) => new ActivityCutoffSet(a, b), e => (e.Netuid, e.Value))
        .Add(15, "RhoSet", Field.Unnamed(Types.U16, "u16"), Field.Unnamed(Types.U16, "u16"), (a, b) => new RhoSet(a, b), e => (e.Netuid, e.Value))
        .Add(16, "KappaSet", Field.Unnamed(Types.U16, "u16"), Field.Unnamed(Types.U16, "u16"), (a, b) => new KappaSet(a, b), e => (e.Netuid, e.Value))
        .Add(17, "MinAllowedWeightSet", Field.Unnamed(Types.U16, "u16"), Field.Unnamed(Types.U16, "u16"), (a, b) => new MinAllowedWeightSet(a, b), e => (e.Netuid, e.Value))
        .Add(18, "ValidatorPruneLenSet", Field.Unnamed(Types.U16, "u16"), Field.Unnamed(Types.U64, "u64"), (a, b) => new ValidatorPruneLenSet(a, b), e => (e.Netuid, e.Value))
        .Add(19, "ScalingLawPowerSet", Field.Unnamed(Types.U16, "u16"), Field.Unnamed(Types.U16, "u16"), (a, b) => new ScalingLawPowerSet(a, b), e => (e.Netuid, e.Value))
        .Add(20, "WeightsSetRateLimitSet", Field.Unnamed(Types.U16, "u16"), Field.Unnamed(Types.U64, "u64"), (a, b) => new WeightsSetRateLimitSet(a, b), e => (e.Netuid, e.Value))
        .Add(21, "ImmunityPeriodSet", Field.Unnamed(Types.U16, "u16"), Field.Unnamed(Types.U16, "u16"), (a, b) => new ImmunityPeriodSet(a, b), e => (e.Netuid, e.Value))
        .Add(22, "BondsMovingAverageSet", Field.Unnamed(Types.U16, "u16"), Field.Unnamed(Types.U64, "u64"), (a, b) => new BondsMovingAverageSet(a, b), e => (e.Netuid, e.Value))
        .Add(23, "MaxAllowedValidatorsSet", Field.Unnamed(Types.U16, "u16"), Field.Unnamed(Types.U16, "u16"), (a, b) => new MaxAllowedValidatorsSet(a, b), e => (e.Netuid, e.Value))
        .Add(24, "AxonServed", Field.Unnamed(Types.U16, "u16"), Field.Unnamed(Types.AccountId, "T::AccountId"), (a, b) => new AxonServed(a, b), e => (e.Netuid, e.Hotkey))
        .Add(25, "PrometheusServed", Field.Unnamed(Types.U16, "u16"), Field.Unnamed(Types.AccountId, "T::AccountId"), (a, b) => new PrometheusServed(a, b), e => (e.Netuid, e.Hotkey))
        .Add(26, "EmissionValuesSet", EmissionValuesSet.Instance)
        .Add(27, "NetworkConnectionAdded", Field.Unnamed(Types.U16, "u16"), Field.Unnamed(Types.U16, "u16"), Field.Unnamed(Types.U16, "u16"), (a, b, c) => new NetworkConnectionAdded(a, b, c), e => (e.NetuidA, e.NetuidB, e.Requirement))
        .Add(28, "NetworkConnectionRemoved", Field.Unnamed(Types.U16, "u16"), Field.Unnamed(Types.U16, "u16"), (a, b) => new NetworkConnectionRemoved(a, b), e => (e.NetuidA, e.NetuidB))
        .Add(29, "DelegateAdded", Field.Unnamed(Types.AccountId, "T::AccountId"), Field.Unnamed(Types.AccountId, "T::AccountId"), Field.Unnamed(Types.U16, "u16"), (a, b, c) => new DelegateAdded(a, b, c), e => (e.Coldkey, e.Hotkey, e.Take))
        .Add(30, "DefaultTakeSet", Field.Unnamed(Types.U16, "u16"), a => new DefaultTakeSet(a), e => e.Value)
        .Add(31, "WeightsVersionKeySet", Field.Unnamed(Types.U16, "u16"), Field.Unnamed(Types.U64, "u64"), (a, b) => new WeightsVersionKeySet(a, b), e => (e.Netuid, e.Value))
        .Add(32, "MinDifficultySet", Field.Unnamed(Types.U16, "u16"), Field.Unnamed(Types.U64, "u64"), (a, b) => new MinDifficultySet(a, b), e => (e.Netuid, e.Value))
        .Add(33, "MaxDifficultySet", Field.Unnamed(Types.U16, "u16"), Field.Unnamed(Types.U64, "u64"), (a, b) => new MaxDifficultySet(a, b), e => (e.Netuid, e.Value))
        .Add(34, "ServingRateLimitSet", Field.Unnamed(Types.U16, "u16"), Field.Unnamed(Types.U64, "u64"), (a, b) => new ServingRateLimitSet(a, b), e => (e.Netuid, e.Value))
        .Add(35, "BurnSet", Field.Unnamed(Types.U16, "u16"), Field.Unnamed(Types.U64, "u64"), (a, b) => new BurnSet(a, b), e => (e.Netuid, e.Value))
        .Add(36, "MaxBurnSet", Field.Unnamed(Types.U16, "u16"), Field.Unnamed(Types.U64, "u64"), (a, b) => new MaxBurnSet(a, b), e => (e.Netuid, e.Value))
        .Add(37, "MinBurnSet", Field.Unnamed(Types.U16, "u16"), Field.Unnamed(Types.U64, "u64"), (a, b) => new MinBurnSet(a, b), e => (e.Netuid, e.Value))
        .Add(38, "TxRateLimitSet", Field.Unnamed(Types.U64, "u64"), a => new TxRateLimitSet(a), e => e.Value)
        .Add(39, "Sudid", Field.Unnamed(RuntimeTypes.DispatchResult, "DispatchResult"), a => new Sudid(a), e => e.Result)
        .Add(40, "RegistrationAllowed", Field.Unnamed(Types.U16, "u16"), Field.Unnamed(Types.Bool, "bool"), (a, b) => new RegistrationAllowed(a, b), e => (e.Netuid, e.Allowed))
        .Add(41, "TempoSet", Field.Unnamed(Types.U16, "u16"), Field.Unnamed(Types.U16, "u16"), (a, b) => new TempoSet(a, b), e => (e.Netuid, e.Value))
        .Add(42, "RAORecycledForRegistrationSet", Field.Unnamed(Types.U16, "u16"), Field.Unnamed(Types.U64, "u64"), (a, b) => new RAORecycledForRegistrationSet(a, b), e => (e.Netuid, e.Value))
        .Add(43, "SenateRequiredStakePercentSet", Field.Unnamed(Types.U64, "u64"), a => new SenateRequiredStakePercentSet(a), e => e.Value)
        .Add(44, "AdjustmentAlphaSet", Field.Unnamed(Types.U16, "u16"), Field.Unnamed(Types.U64, "u64"), (a, b) => new AdjustmentAlphaSet(a, b), e => (e.Netuid, e.Value));
}
