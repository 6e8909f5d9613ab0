using Finney.Runtime.Aura;
using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Declarations;
using Finney.Runtime.Kernel.Storage;

namespace Finney.Runtime.Timestamp;

/// <summary>The Timestamp pallet (index 2): the block time, set once per block by an inherent.</summary>
public static class TimestampPallet
{
    /// <summary>The pallet index.</summary>
    public const byte Index = 2;

    /// <summary>
    /// The minimum period between blocks, in milliseconds: half of Aura's slot duration, so
    /// clients that derive the block time from it (2 × this) get 12 s.
    /// </summary>
    public const ulong MinimumPeriod = AuraPallet.SlotDuration / 2;

    /// <summary>The current time for the current block.</summary>
    public static readonly StorageValue<ulong> Now = StorageValue<ulong>.WithDefault("Timestamp", nameof(Now), Types.U64, 0);

    /// <summary>Whether the timestamp has been updated in this block.</summary>
    public static readonly StorageValue<bool> DidUpdate = StorageValue<bool>.WithDefault("Timestamp", nameof(DidUpdate), Types.Bool, false);

    /// <summary>The declaration.</summary>
    public static PalletDeclaration Declaration { get; } = new()
    {
        Name = "Timestamp",
        Index = Index,
        DocsType = typeof(TimestampPallet),
        Storage = [Now, DidUpdate],
        Calls = TimestampCall.Table,
        Constants = [PalletConstant.Of(nameof(MinimumPeriod), Types.U64, MinimumPeriod, typeof(TimestampPallet))],
        OnFinalize = Finalize,
    };

    // Substrate panics here ("Timestamp must be updated once in the block"); a block without the inherent is invalid.
    private static void Finalize(Externalities ext)
    {
        if (!DidUpdate.Take(ext.State))
        {
            throw new InvalidBlockException("Timestamp must be updated once in the block");
        }
    }
}

/// <summary>A call of the Timestamp pallet.</summary>
public abstract record TimestampCall : RuntimeCall
{
    /// <summary>The call table.</summary>
    public static readonly VariantTable<TimestampCall> Table = new VariantTable<TimestampCall>("pallet_timestamp", "pallet", "Call")
        .Add(0, "set", Field.Of("now", Types.CompactU64, "T::Moment"), n => new SetTimestamp(n), c => c.Now);
}
