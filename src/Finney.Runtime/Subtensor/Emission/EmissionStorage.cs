using Finney.Primitives.Accounts;
using Finney.Primitives.Scale;
using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Metadata;
using Finney.Runtime.Kernel.Storage;

namespace Finney.Runtime.Subtensor.Emission;

/// <summary>Storage of issuance and emission: the block reward, per-subnet shares, pending and loaded emission.</summary>
public static class EmissionStorage
{
    /// <summary>The <c>(hotkey, server RAO, validator RAO)</c> tuples one epoch produced.</summary>
    public static readonly ScaleType<(AccountId32 Hotkey, ulong Server, ulong Validator)> LoadedTuple = new(
        ScaleCodec.Tuple(Types.AccountId.Codec, ScaleCodec.U64, ScaleCodec.U64),
        MetaType.Tuple(Types.AccountId.Meta, Types.U64.Meta, Types.U64.Meta));

    /// <summary>RAO issued per block at the current issuance: 1 TAO halved each time issuance crosses 10.5 M, 15.75 M … TAO.</summary>
    public static readonly StorageValue<ulong> BlockEmission = SubtensorStorage.Value(nameof(BlockEmission), Types.U64, SubtensorConfig.InitialBlockEmission);

    /// <summary>TAO in existence (free balances plus stake), in RAO: this pallet's own counter.</summary>
    public static readonly StorageValue<ulong> TotalIssuance = SubtensorStorage.Value(nameof(TotalIssuance), Types.U64, 0UL);

    /// <summary>A subnet's share of a full-rate block emission, in RAO per block.</summary>
    public static readonly StorageMap<ushort, ulong> EmissionValues = SubtensorStorage.PerSubnet(nameof(EmissionValues), Types.U64, SubtensorConfig.EmissionValue);

    /// <summary>Emission accumulated for a subnet's next epoch, in RAO.</summary>
    public static readonly StorageMap<ushort, ulong> PendingEmission = SubtensorStorage.PerSubnet(nameof(PendingEmission), Types.U64, 0UL);

    /// <summary>Blocks since a subnet's last epoch.</summary>
    public static readonly StorageMap<ushort, ulong> BlocksSinceLastStep = SubtensorStorage.PerSubnet(nameof(BlocksSinceLastStep), Types.U64, 0UL);

    /// <summary>Block of a subnet's last epoch (subtensor's spelling).</summary>
    public static readonly StorageMap<ushort, ulong> LastMechansimStepBlock = SubtensorStorage.PerSubnet(nameof(LastMechansimStepBlock), Types.U64, 0UL);

    /// <summary>Emission an epoch computed, credited to hotkeys at the next block.</summary>
    public static readonly StorageMap<ushort, (AccountId32 Hotkey, ulong Server, ulong Validator)[]> LoadedEmission =
        StorageMap<ushort, (AccountId32, ulong, ulong)[]>.Optional(SubtensorStorage.Pallet, nameof(LoadedEmission), Finney.Primitives.Hashing.StorageHasher.Identity, Types.U16, Types.Vec(LoadedTuple));

    /// <summary>Every storage item of this feature, in metadata order.</summary>
    public static IStorageEntry[] All => [BlockEmission, TotalIssuance, EmissionValues, PendingEmission, BlocksSinceLastStep, LastMechansimStepBlock, LoadedEmission];
}
