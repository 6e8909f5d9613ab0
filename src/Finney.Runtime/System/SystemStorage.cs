using Finney.Primitives.Hashing;
using Finney.Primitives.Accounts;
using Finney.Runtime.Blocks;
using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Storage;

namespace Finney.Runtime.System;

/// <summary>System's storage items, in metadata order. Only <see cref="SystemAccounts"/> writes <see cref="Account"/>.</summary>
public static class SystemStorage
{
    private const string Pallet = "System";

    /// <summary>The full account information for a particular account ID.</summary>
    public static readonly StorageMap<AccountId32, AccountInfo> Account =
        StorageMap<AccountId32, AccountInfo>.WithDefault(Pallet, nameof(Account), StorageHasher.Blake2_128Concat, Types.AccountId, AccountInfo.Type, AccountInfo.Empty);

    /// <summary>Total extrinsics count for the current block.</summary>
    public static readonly StorageValue<uint> ExtrinsicCount = StorageValue<uint>.Optional(Pallet, nameof(ExtrinsicCount), Types.U32);

    /// <summary>The current weight for the block.</summary>
    public static readonly StorageValue<PerDispatchClass<Weight>> BlockWeight =
        StorageValue<PerDispatchClass<Weight>>.WithDefault(Pallet, nameof(BlockWeight), PerDispatchClass<Weight>.TypeOf(Types.Weight), default);

    /// <summary>Total length (in bytes) for all extrinsics put together, for the current block.</summary>
    public static readonly StorageValue<uint> AllExtrinsicsLen = StorageValue<uint>.Optional(Pallet, nameof(AllExtrinsicsLen), Types.U32);

    /// <summary>Map of block numbers to block hashes.</summary>
    public static readonly StorageMap<uint, byte[]> BlockHash =
        StorageMap<uint, byte[]>.WithDefault(Pallet, nameof(BlockHash), StorageHasher.Twox64Concat, Types.U32, Types.H256, new byte[32]);

    /// <summary>The current block number being processed. Set by <c>execute_block</c>.</summary>
    public static readonly StorageValue<uint> Number = StorageValue<uint>.WithDefault(Pallet, nameof(Number), Types.U32, 0);

    /// <summary>Hash of the previous block.</summary>
    public static readonly StorageValue<byte[]> ParentHash = StorageValue<byte[]>.WithDefault(Pallet, nameof(ParentHash), Types.H256, new byte[32]);

    /// <summary>Digest of the current block, also part of the block header.</summary>
    public static readonly StorageValue<DigestItem[]> Digest = StorageValue<DigestItem[]>.WithDefault(Pallet, nameof(Digest), Header.DigestType, []);

    /// <summary>
    /// Events deposited for the current block.
    /// </summary>
    /// <remarks>The item is unbounded and should therefore never be read on chain.</remarks>
    public static readonly StorageValue<EventRecord[]> Events = StorageValue<EventRecord[]>.WithDefault(Pallet, nameof(Events), RuntimeTypes.EventRecords, []);

    /// <summary>The number of events in the <c>Events</c> list.</summary>
    public static readonly StorageValue<uint> EventCount = StorageValue<uint>.WithDefault(Pallet, nameof(EventCount), Types.U32, 0);

    /// <summary>True if we have upgraded so that <c>type RefCount</c> is <c>u32</c>. False (default) if not.</summary>
    public static readonly StorageValue<bool> UpgradedToU32RefCount = StorageValue<bool>.WithDefault(Pallet, nameof(UpgradedToU32RefCount), Types.Bool, false);

    /// <summary>True if we have upgraded so that AccountInfo contains three types of <c>RefCount</c>. False (default) if not.</summary>
    public static readonly StorageValue<bool> UpgradedToTripleRefCount = StorageValue<bool>.WithDefault(Pallet, nameof(UpgradedToTripleRefCount), Types.Bool, false);

    /// <summary>Every item, in metadata order.</summary>
    public static IStorageEntry[] All => [Account, ExtrinsicCount, BlockWeight, AllExtrinsicsLen, BlockHash, Number, ParentHash, Digest, Events, EventCount, UpgradedToU32RefCount, UpgradedToTripleRefCount];
}
