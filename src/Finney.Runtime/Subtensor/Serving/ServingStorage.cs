using Finney.Primitives.Accounts;
using Finney.Runtime.Kernel.Storage;

namespace Finney.Runtime.Subtensor.Serving;

/// <summary>Storage of endpoints hotkeys announce per subnet.</summary>
public static class ServingStorage
{
    /// <summary>A hotkey's axon endpoint on a subnet.</summary>
    public static readonly StorageDoubleMap<ushort, AccountId32, AxonInfo> Axons = SubtensorStorage.PerSubnetHotkey(nameof(Axons), AxonInfo.Type);

    /// <summary>A hotkey's Prometheus endpoint on a subnet.</summary>
    public static readonly StorageDoubleMap<ushort, AccountId32, PrometheusInfo> Prometheus = SubtensorStorage.PerSubnetHotkey(nameof(Prometheus), PrometheusInfo.Type);

    /// <summary>Every storage item of this feature, in metadata order.</summary>
    public static IStorageEntry[] All => [Axons, Prometheus];
}
