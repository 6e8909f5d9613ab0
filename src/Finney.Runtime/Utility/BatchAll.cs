using Finney.Runtime.Kernel;

namespace Finney.Runtime.Utility;

/// <summary>Send a batch of dispatch calls and atomically execute them.</summary>
/// <remarks>
/// The whole transaction will rollback and fail if any of the calls failed. May be called from any origin except
/// <c>None</c>. If origin is root then the calls are dispatched without checking the origin filter.
/// </remarks>
/// <param name="Calls">The calls to be dispatched from the same origin.</param>
public sealed record BatchAll(IReadOnlyList<RuntimeCall> Calls) : UtilityBatchCall(Calls)
{
    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext)
    {
        if (CheckBatch(origin) is { } invalid)
        {
            return invalid;
        }

        var (succeeded, failure, weight) = DispatchUntilFailure(origin, ext);
        if (failure is { } error)
        {
            // The dispatcher rolls the whole batch back, events included.
            return new DispatchResult(error, new PostDispatchInfo(UtilityPallet.BatchWeight(succeeded + 1).SaturatingAdd(weight)));
        }

        return DispatchResult.OkWithWeight(UtilityPallet.BatchWeight(Calls.Count).SaturatingAdd(weight));
    }
}
