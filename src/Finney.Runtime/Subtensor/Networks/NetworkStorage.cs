using Finney.Primitives.Accounts;
using Finney.Primitives.Hashing;
using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Storage;

namespace Finney.Runtime.Subtensor.Networks;

/// <summary>Storage of subnets as such: which exist, how many UIDs they hold, their modality, tempo and connections.</summary>
public static class NetworkStorage
{
    /// <summary>The number of subnets that exist.</summary>
    public static readonly StorageValue<ushort> TotalNetworks = SubtensorStorage.Value(nameof(TotalNetworks), Types.U16, (ushort)0);

    /// <summary>The number of UIDs registered on a subnet.</summary>
    public static readonly StorageMap<ushort, ushort> SubnetworkN = SubtensorStorage.PerSubnet(nameof(SubnetworkN), Types.U16, (ushort)0);

    /// <summary>A subnet's modality: 0 text, 1 image, 2 tensor.</summary>
    public static readonly StorageMap<ushort, ushort> NetworkModality = SubtensorStorage.PerSubnet(nameof(NetworkModality), Types.U16, (ushort)0);

    /// <summary>Whether a subnet exists.</summary>
    public static readonly StorageMap<ushort, bool> NetworksAdded = SubtensorStorage.PerSubnet(nameof(NetworksAdded), Types.Bool, false);

    /// <summary>Whether registration on a subnet is open (closed until sudo opens it).</summary>
    public static readonly StorageMap<ushort, bool> NetworkRegistrationAllowed = SubtensorStorage.PerSubnet(nameof(NetworkRegistrationAllowed), Types.Bool, false);

    /// <summary>
    /// Registration requirements between subnets: registering on the first requires a pruning-score percentile
    /// (u16, 65,535 = anyone) on the second.
    /// </summary>
    public static readonly StorageDoubleMap<ushort, ushort, ushort> NetworkConnect = StorageDoubleMap<ushort, ushort, ushort>.Optional(
        SubtensorStorage.Pallet, nameof(NetworkConnect), (StorageHasher.Identity, Types.U16), (StorageHasher.Identity, Types.U16), Types.U16);

    /// <summary>Whether a hotkey holds a UID on a subnet.</summary>
    public static readonly StorageDoubleMap<AccountId32, ushort, bool> IsNetworkMember = StorageDoubleMap<AccountId32, ushort, bool>.WithDefault(
        SubtensorStorage.Pallet, nameof(IsNetworkMember), (StorageHasher.Blake2_128Concat, Types.AccountId), (StorageHasher.Identity, Types.U16), Types.Bool, false);

    /// <summary>Blocks between a subnet's epochs, plus one.</summary>
    public static readonly StorageMap<ushort, ushort> Tempo = SubtensorStorage.PerSubnet(nameof(Tempo), Types.U16, SubtensorConfig.Tempo);

    /// <summary>Every storage item of this feature, in metadata order.</summary>
    public static IStorageEntry[] All => [TotalNetworks, SubnetworkN, NetworkModality, NetworksAdded, NetworkRegistrationAllowed, NetworkConnect, IsNetworkMember, Tempo];
}
