using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Declarations;

namespace Finney.Runtime.Utility;

/// <summary>The Utility pallet (index 11): batches of calls from one origin, with pallet-utility's rollback rules.</summary>
public static class UtilityPallet
{
    /// <summary>The pallet index.</summary>
    public const byte Index = 11;

    /// <summary>The limit on the number of batched calls.</summary>
    public const uint BatchedCallsLimit = 10_922;

    /// <summary>The event table.</summary>
    public static readonly VariantTable<UtilityEvent> Events = new VariantTable<UtilityEvent>("pallet_utility", "pallet", "Event")
        .Add(0, "BatchInterrupted", Field.Of("index", Types.U32, "u32"), Field.Of("error", RuntimeTypes.DispatchError, "DispatchError"), (i, e) => new BatchInterrupted(i, e), e => (e.Index, e.Error))
        .Add(1, "BatchCompleted", BatchCompleted.Instance)
        .Add(2, "BatchCompletedWithErrors", BatchCompletedWithErrors.Instance)
        .Add(3, "ItemCompleted", ItemCompleted.Instance)
        .Add(4, "ItemFailed", Field.Of("error", RuntimeTypes.DispatchError, "DispatchError"), e => new ItemFailed(e), e => e.Error);

    /// <summary>The declaration.</summary>
    public static PalletDeclaration Declaration { get; } = new()
    {
        Name = "Utility",
        Index = Index,
        DocsType = typeof(UtilityPallet),
        Calls = UtilityCall.Table,
        Events = Events,
        Errors = ErrorTable.For<UtilityError>("pallet_utility", "pallet", "Error"),
        Constants = [PalletConstant.Of("batched_calls_limit", Types.U32, BatchedCallsLimit, typeof(UtilityPallet), nameof(BatchedCallsLimit))],
    };

    /// <summary>
    /// Subtensor's <c>NoNestingCallFilter</c>: a batch may not contain another batch (batch, batch_all or force_batch).
    /// </summary>
    public static bool NoNestingFilter(RuntimeCall call) =>
        call is not UtilityBatchCall batch || !batch.Calls.Any(inner => inner is UtilityBatchCall);

    /// <summary>pallet-utility's weight of a batch of <paramref name="count"/> calls, before the calls' own weights.</summary>
    public static Weight BatchWeight(int count) => new(5_190_000 + (4_356_000 * (ulong)count), 0);
}

/// <summary>Errors of the Utility pallet.</summary>
public enum UtilityError : byte
{
    /// <summary>Too many calls batched.</summary>
    TooManyCalls = 0,

    /// <summary>Bad input data for derived account ID.</summary>
    InvalidDerivedAccount = 1,
}
