using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Storage;

namespace Finney.Runtime.Subtensor.Hyperparameters;

/// <summary>Per-subnet hyperparameters of consensus, weights and serving, each defaulting to <see cref="SubtensorConfig"/>.</summary>
public static class HyperparameterStorage
{
    /// <summary>Consensus steepness (unused by the weighted-median epoch).</summary>
    public static readonly StorageMap<ushort, ushort> Rho = SubtensorStorage.PerSubnet(nameof(Rho), Types.U16, SubtensorConfig.Rho);

    /// <summary>Stake share that defines consensus, as u16 (32,767 ≈ 0.5).</summary>
    public static readonly StorageMap<ushort, ushort> Kappa = SubtensorStorage.PerSubnet(nameof(Kappa), Types.U16, SubtensorConfig.Kappa);

    /// <summary>Maximum number of UIDs on a subnet.</summary>
    public static readonly StorageMap<ushort, ushort> MaxAllowedUids = SubtensorStorage.PerSubnet(nameof(MaxAllowedUids), Types.U16, SubtensorConfig.MaxAllowedUids);

    /// <summary>Blocks during which a new registration cannot be replaced.</summary>
    public static readonly StorageMap<ushort, ushort> ImmunityPeriod = SubtensorStorage.PerSubnet(nameof(ImmunityPeriod), Types.U16, SubtensorConfig.ImmunityPeriod);

    /// <summary>Blocks without a weights update after which a UID counts as inactive.</summary>
    public static readonly StorageMap<ushort, ushort> ActivityCutoff = SubtensorStorage.PerSubnet(nameof(ActivityCutoff), Types.U16, SubtensorConfig.ActivityCutoff);

    /// <summary>Largest normalised weight on one UID, as u16 (65,535: no limit).</summary>
    public static readonly StorageMap<ushort, ushort> MaxWeightsLimit = SubtensorStorage.PerSubnet(nameof(MaxWeightsLimit), Types.U16, SubtensorConfig.MaxWeightsLimit);

    /// <summary>Minimum number of weights a validator sets (self-weight excepted).</summary>
    public static readonly StorageMap<ushort, ushort> MinAllowedWeights = SubtensorStorage.PerSubnet(nameof(MinAllowedWeights), Types.U16, SubtensorConfig.MinAllowedWeights);

    /// <summary>Number of validator permits (top stakes) on a subnet.</summary>
    public static readonly StorageMap<ushort, ushort> MaxAllowedValidators = SubtensorStorage.PerSubnet(nameof(MaxAllowedValidators), Types.U16, SubtensorConfig.MaxAllowedValidators);

    /// <summary>Unused on chain; at most 100.</summary>
    public static readonly StorageMap<ushort, ushort> ScalingLawPower = SubtensorStorage.PerSubnet(nameof(ScalingLawPower), Types.U16, SubtensorConfig.ScalingLawPower);

    /// <summary>Minimum version key validators must send with their weights.</summary>
    public static readonly StorageMap<ushort, ulong> WeightsVersionKey = SubtensorStorage.PerSubnet(nameof(WeightsVersionKey), Types.U64, SubtensorConfig.WeightsVersionKey);

    /// <summary>Bonds EMA retention in millionths.</summary>
    public static readonly StorageMap<ushort, ulong> BondsMovingAverage = SubtensorStorage.PerSubnet(nameof(BondsMovingAverage), Types.U64, SubtensorConfig.BondsMovingAverage);

    /// <summary>Blocks between two weight settings of one UID.</summary>
    public static readonly StorageMap<ushort, ulong> WeightsSetRateLimit = SubtensorStorage.PerSubnet(nameof(WeightsSetRateLimit), Types.U64, SubtensorConfig.WeightsSetRateLimit);

    /// <summary>Unused on chain.</summary>
    public static readonly StorageMap<ushort, ulong> ValidatorPruneLen = SubtensorStorage.PerSubnet(nameof(ValidatorPruneLen), Types.U64, SubtensorConfig.ValidatorPruneLen);

    /// <summary>Blocks between two axon or prometheus announcements of one hotkey.</summary>
    public static readonly StorageMap<ushort, ulong> ServingRateLimit = SubtensorStorage.PerSubnet(nameof(ServingRateLimit), Types.U64, SubtensorConfig.ServingRateLimit);

    /// <summary>Every storage item of this feature, in metadata order.</summary>
    public static IStorageEntry[] All =>
    [
        Rho, Kappa, MaxAllowedUids, ImmunityPeriod, ActivityCutoff, MaxWeightsLimit, MinAllowedWeights, MaxAllowedValidators,
        ScalingLawPower, WeightsVersionKey, BondsMovingAverage, WeightsSetRateLimit, ValidatorPruneLen, ServingRateLimit,
    ];
}
