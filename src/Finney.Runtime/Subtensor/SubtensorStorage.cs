using Finney.Primitives.Accounts;
using Finney.Primitives.Hashing;
using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Storage;

namespace Finney.Runtime.Subtensor;

/// <summary>
/// Declares SubtensorModule storage items with subtensor's key layouts: per-subnet items keyed by netuid with the
/// Identity hasher, account-keyed items with the hasher subtensor chose for each.
/// </summary>
internal static class SubtensorStorage
{
    /// <summary>The storage prefix: the pallet's name.</summary>
    public const string Pallet = "SubtensorModule";

    /// <summary>A plain value with a default.</summary>
    public static StorageValue<T> Value<T>(string name, ScaleType<T> type, T defaultValue) =>
        StorageValue<T>.WithDefault(Pallet, name, type, defaultValue);

    /// <summary><c>StorageMap&lt;Identity, u16, T, ValueQuery&gt;</c>: one value per subnet.</summary>
    public static StorageMap<ushort, T> PerSubnet<T>(string name, ScaleType<T> type, T defaultValue) =>
        StorageMap<ushort, T>.WithDefault(Pallet, name, StorageHasher.Identity, Types.U16, type, defaultValue);

    /// <summary>A map keyed by account with <paramref name="hasher"/>.</summary>
    public static StorageMap<AccountId32, T> PerAccount<T>(string name, StorageHasher hasher, ScaleType<T> type, T defaultValue) =>
        StorageMap<AccountId32, T>.WithDefault(Pallet, name, hasher, Types.AccountId, type, defaultValue);

    /// <summary><c>StorageDoubleMap&lt;Identity u16, Identity u16, T&gt;</c>: one value per (netuid, uid).</summary>
    public static StorageDoubleMap<ushort, ushort, T> PerUid<T>(string name, ScaleType<T> type, T defaultValue) =>
        StorageDoubleMap<ushort, ushort, T>.WithDefault(Pallet, name, (StorageHasher.Identity, Types.U16), (StorageHasher.Identity, Types.U16), type, defaultValue);

    /// <summary><c>StorageDoubleMap&lt;Identity u16, Blake2_128Concat AccountId, T, OptionQuery&gt;</c>: one value per (netuid, hotkey).</summary>
    public static StorageDoubleMap<ushort, AccountId32, T> PerSubnetHotkey<T>(string name, ScaleType<T> type) =>
        StorageDoubleMap<ushort, AccountId32, T>.Optional(Pallet, name, (StorageHasher.Identity, Types.U16), (StorageHasher.Blake2_128Concat, Types.AccountId), type);
}
