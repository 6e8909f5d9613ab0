using Finney.Primitives.Accounts;
using Finney.Runtime.Kernel;

namespace Finney.Runtime.Subtensor;

/// <summary>An event of SubtensorModule.</summary>
public abstract record SubtensorEvent : RuntimeEvent;

/// <summary>A new subnet was added.</summary>
public sealed record NetworkAdded(ushort Netuid, ushort Modality) : SubtensorEvent;

/// <summary>A subnet was removed.</summary>
public sealed record NetworkRemoved(ushort Netuid) : SubtensorEvent;

/// <summary>Stake was added to a hotkey.</summary>
public sealed record StakeAdded(AccountId32 Hotkey, ulong Amount) : SubtensorEvent;

/// <summary>Stake was removed from a hotkey.</summary>
public sealed record StakeRemoved(AccountId32 Hotkey, ulong Amount) : SubtensorEvent;

/// <summary>A UID set its weights.</summary>
public sealed record WeightsSet(ushort Netuid, ushort Uid) : SubtensorEvent;

/// <summary>A hotkey registered on a subnet.</summary>
public sealed record NeuronRegistered(ushort Netuid, ushort Uid, AccountId32 Hotkey) : SubtensorEvent;

/// <summary>Neurons were registered in bulk.</summary>
public sealed record BulkNeuronsRegistered(ushort Netuid, ushort Count) : SubtensorEvent;

/// <summary>Balances were set in bulk.</summary>
public sealed record BulkBalancesSet(ushort Netuid, ushort Count) : SubtensorEvent;

/// <summary>A subnet's maximum UIDs were set.</summary>
public sealed record MaxAllowedUidsSet(ushort Netuid, ushort Value) : SubtensorEvent;

/// <summary>A subnet's maximum weight was set.</summary>
public sealed record MaxWeightLimitSet(ushort Netuid, ushort Value) : SubtensorEvent;

/// <summary>A subnet's PoW difficulty was set.</summary>
public sealed record DifficultySet(ushort Netuid, ulong Value) : SubtensorEvent;

/// <summary>A subnet's adjustment interval was set.</summary>
public sealed record AdjustmentIntervalSet(ushort Netuid, ushort Value) : SubtensorEvent;

/// <summary>A subnet's target registrations per interval were set.</summary>
public sealed record RegistrationPerIntervalSet(ushort Netuid, ushort Value) : SubtensorEvent;

/// <summary>A subnet's registrations per block were set.</summary>
public sealed record MaxRegistrationsPerBlockSet(ushort Netuid, ushort Value) : SubtensorEvent;

/// <summary>A subnet's activity cutoff was set.</summary>
public sealed record ActivityCutoffSet(ushort Netuid, ushort Value) : SubtensorEvent;

/// <summary>A subnet's rho was set.</summary>
public sealed record RhoSet(ushort Netuid, ushort Value) : SubtensorEvent;

/// <summary>A subnet's kappa was set.</summary>
public sealed record KappaSet(ushort Netuid, ushort Value) : SubtensorEvent;

/// <summary>A subnet's minimum weights were set.</summary>
public sealed record MinAllowedWeightSet(ushort Netuid, ushort Value) : SubtensorEvent;

/// <summary>A subnet's validator prune length was set.</summary>
public sealed record ValidatorPruneLenSet(ushort Netuid, ulong Value) : SubtensorEvent;

/// <summary>A subnet's scaling law power was set.</summary>
public sealed record ScalingLawPowerSet(ushort Netuid, ushort Value) : SubtensorEvent;

/// <summary>A subnet's weights rate limit was set.</summary>
public sealed record WeightsSetRateLimitSet(ushort Netuid, ulong Value) : SubtensorEvent;

/// <summary>A subnet's immunity period was set.</summary>
public sealed record ImmunityPeriodSet(ushort Netuid, ushort Value) : SubtensorEvent;

/// <summary>A subnet's bonds moving average was set.</summary>
public sealed record BondsMovingAverageSet(ushort Netuid, ulong Value) : SubtensorEvent;

/// <summary>A subnet's validator permits were set.</summary>
public sealed record MaxAllowedValidatorsSet(ushort Netuid, ushort Value) : SubtensorEvent;

/// <summary>A hotkey announced its axon.</summary>
public sealed record AxonServed(ushort Netuid, AccountId32 Hotkey) : SubtensorEvent;

/// <summary>A hotkey announced its Prometheus endpoint.</summary>
public sealed record PrometheusServed(ushort Netuid, AccountId32 Hotkey) : SubtensorEvent;

/// <summary>The subnets' emission values were set.</summary>
public sealed record EmissionValuesSet : SubtensorEvent
{
    /// <summary>The one value.</summary>
    public static readonly EmissionValuesSet Instance = new();
}

/// <summary>A registration requirement between subnets was added.</summary>
public sealed record NetworkConnectionAdded(ushort NetuidA, ushort NetuidB, ushort Requirement) : SubtensorEvent;

/// <summary>A registration requirement between subnets was removed.</summary>
public sealed record NetworkConnectionRemoved(ushort NetuidA, ushort NetuidB) : SubtensorEvent;

/// <summary>A hotkey became a delegate.</summary>
public sealed record DelegateAdded(AccountId32 Coldkey, AccountId32 Hotkey, ushort Take) : SubtensorEvent;

/// <summary>The default delegate take was set.</summary>
public sealed record DefaultTakeSet(ushort Value) : SubtensorEvent;

/// <summary>A subnet's weights version key was set.</summary>
public sealed record WeightsVersionKeySet(ushort Netuid, ulong Value) : SubtensorEvent;

/// <summary>A subnet's minimum difficulty was set.</summary>
public sealed record MinDifficultySet(ushort Netuid, ulong Value) : SubtensorEvent;

/// <summary>A subnet's maximum difficulty was set.</summary>
public sealed record MaxDifficultySet(ushort Netuid, ulong Value) : SubtensorEvent;

/// <summary>A subnet's serving rate limit was set.</summary>
public sealed record ServingRateLimitSet(ushort Netuid, ulong Value) : SubtensorEvent;

/// <summary>A subnet's burn cost was set.</summary>
public sealed record BurnSet(ushort Netuid, ulong Value) : SubtensorEvent;

/// <summary>A subnet's maximum burn was set.</summary>
public sealed record MaxBurnSet(ushort Netuid, ulong Value) : SubtensorEvent;

/// <summary>A subnet's minimum burn was set.</summary>
public sealed record MinBurnSet(ushort Netuid, ulong Value) : SubtensorEvent;

/// <summary>The transaction rate limit was set.</summary>
public sealed record TxRateLimitSet(ulong Value) : SubtensorEvent;

/// <summary>A call was dispatched as root by the senate.</summary>
public sealed record Sudid(DispatchResult Result) : SubtensorEvent;

/// <summary>Registration on a subnet was opened or closed.</summary>
public sealed record RegistrationAllowed(ushort Netuid, bool Allowed) : SubtensorEvent;

/// <summary>A subnet's tempo was set.</summary>
public sealed record TempoSet(ushort Netuid, ushort Value) : SubtensorEvent;

/// <summary>A subnet's recycled RAO counter was set.</summary>
public sealed record RAORecycledForRegistrationSet(ushort Netuid, ulong Value) : SubtensorEvent;

/// <summary>The senate stake requirement was set.</summary>
public sealed record SenateRequiredStakePercentSet(ulong Value) : SubtensorEvent;

/// <summary>A subnet's adjustment alpha was set.</summary>
public sealed record AdjustmentAlphaSet(ushort Netuid, ulong Value) : SubtensorEvent;
