using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Declarations;

namespace Finney.Runtime.Utility;

/// <summary>A call of the Utility pallet.</summary>
public abstract record UtilityCall : RuntimeCall
{
    private static readonly Field<RuntimeCall[]> Calls = Field.Of("calls", Types.Vec(RuntimeTypes.Call), "Vec<<T as Config>::RuntimeCall>");

    /// <summary>The call table (pallet-utility's indices; as_derivative, dispatch_as, with_weight and if_else are not offered).</summary>
    public static readonly VariantTable<UtilityCall> Table = new VariantTable<UtilityCall>("pallet_utility", "pallet", "Call")
        .Add(0, "batch", Calls, c => new Batch(c), c => [.. c.Calls])
        .Add(2, "batch_all", Calls, c => new BatchAll(c), c => [.. c.Calls])
        .Add(4, "force_batch", Calls, c => new ForceBatch(c), c => [.. c.Calls]);
}

/// <summary>The three batch calls, which share their weight rule and the nesting filter.</summary>
public abstract record UtilityBatchCall(IReadOnlyList<RuntimeCall> Calls) : UtilityCall
{
    /// <summary>
    /// The calls' weights plus the batch's own; fee-free if any call is fee-free; normal class
    /// (subtensor's pallet-utility fork).
    /// </summary>
    public override DispatchInfo GetDispatchInfo()
    {
        var weight = UtilityPallet.BatchWeight(Calls.Count);
        var pays = Pays.Yes;
        foreach (var call in Calls)
        {
            var info = call.GetDispatchInfo();
            weight = weight.SaturatingAdd(info.Weight);
            if (info.PaysFee == Pays.No)
            {
                pays = Pays.No;
            }
        }

        return new DispatchInfo(weight, DispatchClass.Normal, pays);
    }

    /// <summary>Checks the origin (not None) and the call count, common to every batch.</summary>
    protected DispatchError? CheckBatch(Origin origin)
    {
        if (origin.Kind == OriginKind.None)
        {
            return DispatchError.BadOrigin;
        }

        return Calls.Count > UtilityPallet.BatchedCallsLimit ? DispatchError.Module(UtilityPallet.Index, (byte)UtilityError.TooManyCalls) : null;
    }

    /// <summary>
    /// Dispatches the calls in order until one fails, as batch and batch_all do: <c>ItemCompleted</c> after each
    /// success, <c>BatchCompleted</c> when all succeeded. Returns how many calls ran before the failed one (all of them
    /// when none failed), its error, and the weight the dispatched calls actually used.
    /// </summary>
    protected (int Succeeded, DispatchError? Error, Weight Weight) DispatchUntilFailure(Origin origin, Externalities ext)
    {
        var weight = Weight.Zero;
        for (var index = 0; index < Calls.Count; index++)
        {
            var info = Calls[index].GetDispatchInfo();
            var result = DispatchItem(Calls[index], origin, ext);
            weight = weight.SaturatingAdd(result.PostInfo.ActualOf(info));
            if (result.Error is { } error)
            {
                return (index, error, weight);
            }

            ext.DepositEvent(ItemCompleted.Instance);
        }

        ext.DepositEvent(BatchCompleted.Instance);
        return (Calls.Count, null, weight);
    }

    /// <summary>Dispatches one inner call: root bypasses the call filter, other origins pass it.</summary>
    protected static DispatchResult DispatchItem(RuntimeCall call, Origin origin, Externalities ext) =>
        origin.IsRoot ? Dispatcher.DispatchBypassFilter(call, origin, ext) : Dispatcher.Dispatch(call, origin, ext);

    /// <summary>Equality by the calls' contents.</summary>
    public virtual bool Equals(UtilityBatchCall? other) => other is not null && other.GetType() == GetType() && Calls.SequenceEqual(other.Calls);

    /// <inheritdoc />
    public override int GetHashCode() => Calls.Count;
}
