using Finney.Primitives.Accounts;
using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Storage;

namespace Finney.Runtime.Subtensor.Neurons;

/// <summary>
/// Storage of a subnet's neurons: the UID ↔ hotkey maps and the per-UID vectors (index = UID) the epoch writes.
/// <see cref="NeuronRegistry"/> is the only code that adds or replaces neurons.
/// </summary>
public static class NeuronStorage
{
    /// <summary>The UID of a hotkey on a subnet.</summary>
    public static readonly StorageDoubleMap<ushort, AccountId32, ushort> Uids = SubtensorStorage.PerSubnetHotkey(nameof(Uids), Types.U16);

    /// <summary>The hotkey holding a UID on a subnet.</summary>
    public static readonly StorageDoubleMap<ushort, ushort, AccountId32> Keys = SubtensorStorage.PerUid(nameof(Keys), Types.AccountId, default(AccountId32));

    /// <summary>Block at which a UID's current hotkey registered.</summary>
    public static readonly StorageDoubleMap<ushort, ushort, ulong> BlockAtRegistration = SubtensorStorage.PerUid(nameof(BlockAtRegistration), Types.U64, 0UL);

    /// <summary>Whether each UID set weights within the activity cutoff.</summary>
    public static readonly StorageMap<ushort, bool[]> Active = SubtensorStorage.PerSubnet(nameof(Active), Types.Vec(Types.Bool), []);

    /// <summary>Rank of each UID (equal to its incentive).</summary>
    public static readonly StorageMap<ushort, ushort[]> Rank = SubtensorStorage.PerSubnet(nameof(Rank), Types.Vec(Types.U16), []);

    /// <summary>Trust of each UID: the share of its rank that survived clipping.</summary>
    public static readonly StorageMap<ushort, ushort[]> Trust = SubtensorStorage.PerSubnet(nameof(Trust), Types.Vec(Types.U16), []);

    /// <summary>Consensus weight of each UID.</summary>
    public static readonly StorageMap<ushort, ushort[]> Consensus = SubtensorStorage.PerSubnet(nameof(Consensus), Types.Vec(Types.U16), []);

    /// <summary>Incentive of each UID.</summary>
    public static readonly StorageMap<ushort, ushort[]> Incentive = SubtensorStorage.PerSubnet(nameof(Incentive), Types.Vec(Types.U16), []);

    /// <summary>Dividends of each UID.</summary>
    public static readonly StorageMap<ushort, ushort[]> Dividends = SubtensorStorage.PerSubnet(nameof(Dividends), Types.Vec(Types.U16), []);

    /// <summary>Emission of each UID at the last epoch, in RAO.</summary>
    public static readonly StorageMap<ushort, ulong[]> Emission = SubtensorStorage.PerSubnet(nameof(Emission), Types.Vec(Types.U64), []);

    /// <summary>Block of each UID's last weights update (its registration block until then).</summary>
    public static readonly StorageMap<ushort, ulong[]> LastUpdate = SubtensorStorage.PerSubnet(nameof(LastUpdate), Types.Vec(Types.U64), []);

    /// <summary>Validator trust of each UID: its weight sum after clipping.</summary>
    public static readonly StorageMap<ushort, ushort[]> ValidatorTrust = SubtensorStorage.PerSubnet(nameof(ValidatorTrust), Types.Vec(Types.U16), []);

    /// <summary>Pruning score of each UID: the lowest non-immune one is replaced when the subnet is full.</summary>
    public static readonly StorageMap<ushort, ushort[]> PruningScores = SubtensorStorage.PerSubnet(nameof(PruningScores), Types.Vec(Types.U16), []);

    /// <summary>Whether each UID holds a validator permit.</summary>
    public static readonly StorageMap<ushort, bool[]> ValidatorPermit = SubtensorStorage.PerSubnet(nameof(ValidatorPermit), Types.Vec(Types.Bool), []);

    /// <summary>Unused.</summary>
    public static readonly StorageMap<ushort, ushort> NeuronsToPruneAtNextEpoch = SubtensorStorage.PerSubnet(nameof(NeuronsToPruneAtNextEpoch), Types.U16, (ushort)0);

    /// <summary>Every storage item of this feature, in metadata order.</summary>
    public static IStorageEntry[] All =>
    [
        Uids, Keys, BlockAtRegistration, Active, Rank, Trust, Consensus, Incentive, Dividends, Emission, LastUpdate,
        ValidatorTrust, PruningScores, ValidatorPermit, NeuronsToPruneAtNextEpoch,
    ];
}
