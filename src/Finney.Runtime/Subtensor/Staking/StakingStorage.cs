using Finney.Primitives.Accounts;
using Finney.Primitives.Hashing;
using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Storage;

namespace Finney.Runtime.Subtensor.Staking;

/// <summary>Storage of stake and delegation. Only <see cref="StakeLedger"/> writes the stake maps.</summary>
public static class StakingStorage
{
    /// <summary>Sum of all stake, in RAO.</summary>
    public static readonly StorageValue<ulong> TotalStake = SubtensorStorage.Value(nameof(TotalStake), Types.U64, 0UL);

    /// <summary>The take a new delegate gets, as u16 (11,796 ≈ 18 %).</summary>
    public static readonly StorageValue<ushort> DefaultTake = SubtensorStorage.Value(nameof(DefaultTake), Types.U16, SubtensorConfig.DefaultTake);

    /// <summary>Blocks a coldkey waits between stake or delegate transactions (inclusive).</summary>
    public static readonly StorageValue<ulong> TxRateLimit = SubtensorStorage.Value(nameof(TxRateLimit), Types.U64, SubtensorConfig.TxRateLimit);

    /// <summary>Total stake on a hotkey, in RAO.</summary>
    public static readonly StorageMap<AccountId32, ulong> TotalHotkeyStake = SubtensorStorage.PerAccount(nameof(TotalHotkeyStake), StorageHasher.Identity, Types.U64, 0UL);

    /// <summary>Total stake of a coldkey over all hotkeys, in RAO.</summary>
    public static readonly StorageMap<AccountId32, ulong> TotalColdkeyStake = SubtensorStorage.PerAccount(nameof(TotalColdkeyStake), StorageHasher.Identity, Types.U64, 0UL);

    /// <summary>The coldkey owning a hotkey; written at its first registration and never removed.</summary>
    public static readonly StorageMap<AccountId32, AccountId32> Owner = SubtensorStorage.PerAccount(nameof(Owner), StorageHasher.Blake2_128Concat, Types.AccountId, default(AccountId32));

    /// <summary>A delegate hotkey's take, as u16; a hotkey is a delegate when it has an entry.</summary>
    public static readonly StorageMap<AccountId32, ushort> Delegates = SubtensorStorage.PerAccount(nameof(Delegates), StorageHasher.Blake2_128Concat, Types.U16, SubtensorConfig.DefaultTake);

    /// <summary>Stake of a coldkey on a hotkey, in RAO.</summary>
    public static readonly StorageDoubleMap<AccountId32, AccountId32, ulong> Stake = StorageDoubleMap<AccountId32, AccountId32, ulong>.WithDefault(
        SubtensorStorage.Pallet, nameof(Stake), (StorageHasher.Blake2_128Concat, Types.AccountId), (StorageHasher.Identity, Types.AccountId), Types.U64, 0UL);

    /// <summary>Block of a coldkey's last rate-limited transaction.</summary>
    public static readonly StorageMap<AccountId32, ulong> LastTxBlock = SubtensorStorage.PerAccount(nameof(LastTxBlock), StorageHasher.Identity, Types.U64, 0UL);

    /// <summary>Stake share, in percent of total stake, a senate member's hotkey must keep.</summary>
    public static readonly StorageValue<ulong> SenateRequiredStakePercentage = SubtensorStorage.Value(nameof(SenateRequiredStakePercentage), Types.U64, SubtensorConfig.SenateRequiredStakePercentage);

    /// <summary>Every storage item of this feature, in metadata order.</summary>
    public static IStorageEntry[] All => [TotalStake, DefaultTake, TxRateLimit, TotalHotkeyStake, TotalColdkeyStake, Owner, Delegates, Stake, LastTxBlock, SenateRequiredStakePercentage];
}
