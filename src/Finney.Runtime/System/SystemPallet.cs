using Finney.Runtime.Blocks;
using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Declarations;

namespace Finney.Runtime.System;

/// <summary>
/// The System pallet (index 0): accounts and nonces, the block number and hash history, digests and events,
/// block weight accounting.
/// </summary>
public static class SystemPallet
{
    /// <summary>The pallet index.</summary>
    public const byte Index = 0;

    /// <summary>The event table.</summary>
    public static readonly VariantTable<SystemEvent> Events = new VariantTable<SystemEvent>("frame_system", "pallet", "Event")
        .Add(0, "ExtrinsicSuccess", Field.Of("dispatch_info", RuntimeTypes.DispatchInfo, "DispatchEventInfo"), i => new ExtrinsicSuccess(i), e => e.DispatchInfo)
        .Add(1, "ExtrinsicFailed", Field.Of("dispatch_error", RuntimeTypes.DispatchError, "DispatchError"), Field.Of("dispatch_info", RuntimeTypes.DispatchInfo, "DispatchEventInfo"), (e, i) => new ExtrinsicFailed(e, i), e => (e.DispatchError, e.DispatchInfo))
        .Add(2, "CodeUpdated", CodeUpdated.Instance)
        .Add(3, "NewAccount", Field.Of("account", Types.AccountId, "T::AccountId"), a => new NewAccount(a), e => e.Account)
        .Add(4, "KilledAccount", Field.Of("account", Types.AccountId, "T::AccountId"), a => new KilledAccount(a), e => e.Account)
        .Add(5, "Remarked", Field.Of("sender", Types.AccountId, "T::AccountId"), Field.Of("hash", Types.H256, "T::Hash"), (s, h) => new Remarked(s, h), e => (e.Sender, e.Hash));

    /// <summary>The declaration.</summary>
    public static PalletDeclaration Declaration { get; } = new()
    {
        Name = "System",
        Index = Index,
        DocsType = typeof(SystemPallet),
        StorageDocsType = typeof(SystemStorage),
        Storage = SystemStorage.All,
        Calls = SystemCall.Table,
        Events = Events,
        Errors = ErrorTable.For<SystemError>("frame_system", "pallet", "Error"),
        Constants = SystemConstants.All,
    };

    /// <summary>The current block number.</summary>
    public static uint BlockNumber(Externalities ext) => SystemStorage.Number.Get(ext.State);

    /// <summary>
    /// Starts a block (frame_system's <c>initialize</c>): records its number, parent hash and digest, the parent's
    /// hash in the block-hash map, and clears the previous block's events and weight.
    /// </summary>
    public static void Initialize(Externalities ext, uint number, byte[] parentHash, IReadOnlyList<DigestItem> digest)
    {
        ext.ResetEvents();
        ext.Phase = Phase.Initialization;
        SystemStorage.Events.Kill(ext.State);
        SystemStorage.EventCount.Kill(ext.State);
        SystemStorage.Number.Put(ext.State, number);
        SystemStorage.Digest.Put(ext.State, [.. digest]);
        SystemStorage.ParentHash.Put(ext.State, parentHash);
        if (number > 0)
        {
            SystemStorage.BlockHash.Insert(ext.State, number - 1, parentHash);
        }

        SystemStorage.BlockWeight.Kill(ext.State);
        SystemStorage.AllExtrinsicsLen.Kill(ext.State);
    }

    /// <summary>Records the outcome of an applied extrinsic as <c>ExtrinsicSuccess</c> or <c>ExtrinsicFailed</c>.</summary>
    public static void NoteAppliedExtrinsic(Externalities ext, DispatchResult result, DispatchInfo info)
    {
        var reported = info with { Weight = result.PostInfo.ActualOf(info), PaysFee = result.PostInfo.PaysOf(info) };
        ext.DepositEvent(result.Error is { } error ? new ExtrinsicFailed(error, reported) : new ExtrinsicSuccess(reported));
    }

    /// <summary>
    /// Ends a block (frame_system's <c>finalize</c>): stores the extrinsic count and the events, prunes the
    /// block-hash map to the last <see cref="SystemConstants.BlockHashCount"/> blocks.
    /// </summary>
    public static void Finalize(Externalities ext)
    {
        var number = BlockNumber(ext);
        var toRemove = Saturating.Sub(Saturating.Sub(number, SystemConstants.BlockHashCount), 1u);
        if (toRemove != 0)
        {
            SystemStorage.BlockHash.Remove(ext.State, toRemove);
        }

        SystemStorage.AllExtrinsicsLen.Kill(ext.State);
        SystemStorage.Events.Put(ext.State, [.. ext.Events]);
        SystemStorage.EventCount.Put(ext.State, (uint)ext.Events.Count);
    }
}
