using Finney.Primitives.Hashing;
using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Storage;

namespace Finney.Runtime.Subtensor.Registration;

/// <summary>Storage of registration: burn and difficulty with their bounds, counters per block and interval, used work.</summary>
public static class RegistrationStorage
{
    /// <summary>Current recycle cost of a burned registration, in RAO.</summary>
    public static readonly StorageMap<ushort, ulong> Burn = SubtensorStorage.PerSubnet(nameof(Burn), Types.U64, SubtensorConfig.Burn);

    /// <summary>Lower bound of the burn cost, in RAO.</summary>
    public static readonly StorageMap<ushort, ulong> MinBurn = SubtensorStorage.PerSubnet(nameof(MinBurn), Types.U64, SubtensorConfig.MinBurn);

    /// <summary>Upper bound of the burn cost, in RAO.</summary>
    public static readonly StorageMap<ushort, ulong> MaxBurn = SubtensorStorage.PerSubnet(nameof(MaxBurn), Types.U64, SubtensorConfig.MaxBurn);

    /// <summary>Current PoW difficulty.</summary>
    public static readonly StorageMap<ushort, ulong> Difficulty = SubtensorStorage.PerSubnet(nameof(Difficulty), Types.U64, SubtensorConfig.Difficulty);

    /// <summary>Lower bound of the PoW difficulty.</summary>
    public static readonly StorageMap<ushort, ulong> MinDifficulty = SubtensorStorage.PerSubnet(nameof(MinDifficulty), Types.U64, SubtensorConfig.MinDifficulty);

    /// <summary>Upper bound of the PoW difficulty.</summary>
    public static readonly StorageMap<ushort, ulong> MaxDifficulty = SubtensorStorage.PerSubnet(nameof(MaxDifficulty), Types.U64, SubtensorConfig.MaxDifficulty);

    /// <summary>Block of the last difficulty and burn adjustment.</summary>
    public static readonly StorageMap<ushort, ulong> LastAdjustmentBlock = SubtensorStorage.PerSubnet(nameof(LastAdjustmentBlock), Types.U64, 0UL);

    /// <summary>Registrations in the current block.</summary>
    public static readonly StorageMap<ushort, ushort> RegistrationsThisBlock = SubtensorStorage.PerSubnet(nameof(RegistrationsThisBlock), Types.U16, (ushort)0);

    /// <summary>Registrations allowed per block.</summary>
    public static readonly StorageMap<ushort, ushort> MaxRegistrationsPerBlock = SubtensorStorage.PerSubnet(nameof(MaxRegistrationsPerBlock), Types.U16, SubtensorConfig.MaxRegistrationsPerBlock);

    /// <summary>Registrations (both kinds) in the current adjustment interval.</summary>
    public static readonly StorageMap<ushort, ushort> RegistrationsThisInterval = SubtensorStorage.PerSubnet(nameof(RegistrationsThisInterval), Types.U16, (ushort)0);

    /// <summary>Proof-of-work registrations in the current adjustment interval.</summary>
    public static readonly StorageMap<ushort, ushort> POWRegistrationsThisInterval = SubtensorStorage.PerSubnet(nameof(POWRegistrationsThisInterval), Types.U16, (ushort)0);

    /// <summary>Burned registrations in the current adjustment interval.</summary>
    public static readonly StorageMap<ushort, ushort> BurnRegistrationsThisInterval = SubtensorStorage.PerSubnet(nameof(BurnRegistrationsThisInterval), Types.U16, (ushort)0);

    /// <summary>Registrations per interval the adjustment aims at.</summary>
    public static readonly StorageMap<ushort, ushort> TargetRegistrationsPerInterval = SubtensorStorage.PerSubnet(nameof(TargetRegistrationsPerInterval), Types.U16, SubtensorConfig.TargetRegistrationsPerInterval);

    /// <summary>Blocks between difficulty and burn adjustments.</summary>
    public static readonly StorageMap<ushort, ushort> AdjustmentInterval = SubtensorStorage.PerSubnet(nameof(AdjustmentInterval), Types.U16, SubtensorConfig.AdjustmentInterval);

    /// <summary>Weight of the old value in an adjustment, as a fraction of <c>u64::MAX</c>.</summary>
    public static readonly StorageMap<ushort, ulong> AdjustmentAlpha = SubtensorStorage.PerSubnet(nameof(AdjustmentAlpha), Types.U64, SubtensorConfig.AdjustmentAlpha);

    /// <summary>RAO recycled by burned registrations on a subnet.</summary>
    public static readonly StorageMap<ushort, ulong> RAORecycledForRegistration = SubtensorStorage.PerSubnet(nameof(RAORecycledForRegistration), Types.U64, 0UL);

    /// <summary>Block at which a PoW seal was used.</summary>
    public static readonly StorageMap<byte[], ulong> UsedWork = StorageMap<byte[], ulong>.WithDefault(SubtensorStorage.Pallet, nameof(UsedWork), StorageHasher.Identity, Types.Bytes, Types.U64, 0UL);

    /// <summary>
    /// First block at which registration may happen on any subnet (Finney kept registration closed for its first
    /// day); set by the chain spec, zero when registration is never held back. Not a subtensor item.
    /// </summary>
    public static readonly StorageValue<ulong> RegistrationStartBlock = SubtensorStorage.Value(nameof(RegistrationStartBlock), Types.U64, 0UL);

    /// <summary>Every storage item of this feature, in metadata order.</summary>
    public static IStorageEntry[] All =>
    [
        Burn, MinBurn, MaxBurn, Difficulty, MinDifficulty, MaxDifficulty, LastAdjustmentBlock, RegistrationsThisBlock,
        MaxRegistrationsPerBlock, RegistrationsThisInterval, POWRegistrationsThisInterval, BurnRegistrationsThisInterval,
        TargetRegistrationsPerInterval, AdjustmentInterval, AdjustmentAlpha, RAORecycledForRegistration, UsedWork, RegistrationStartBlock,
    ];
}
