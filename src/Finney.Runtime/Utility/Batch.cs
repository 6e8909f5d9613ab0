using Finney.Runtime.Kernel;

namespace Finney.Runtime.Utility;

/// <summary>Send a batch of dispatch calls.</summary>
/// <remarks>
/// May be called from any origin except <c>None</c>. The calls are dispatched from the same origin; if one fails,
/// the batch stops there with <c>BatchInterrupted</c>, keeping the effects of the calls before it, and the batch
/// itself succeeds. If origin is root then the calls are dispatched without checking the origin filter.
/// </remarks>
/// <param name="Calls">The calls to be dispatched from the same origin.</param>
public sealed record Batch(IReadOnlyList<RuntimeCall> Calls) : UtilityBatchCall(Calls)
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
            ext.DepositEvent(new BatchInterrupted((uint)succeeded, error));
            return DispatchResult.OkWithWeight(UtilityPallet.BatchWeight(succeeded + 1).SaturatingAdd(weight));
        }

        return DispatchResult.OkWithWeight(UtilityPallet.BatchWeight(Calls.Count).SaturatingAdd(weight));
    }
}
