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

        var weight = Weight.Zero;
        for (var index = 0; index < Calls.Count; index++)
        {
            var info = Calls[index].GetDispatchInfo();
            var result = DispatchItem(Calls[index], origin, ext);
            weight = weight.SaturatingAdd(result.PostInfo.ActualOf(info));
            if (result.Error is { } error)
            {
                ext.DepositEvent(new BatchInterrupted((uint)index, error));
                return DispatchResult.OkWithWeight(UtilityPallet.BatchWeight(index + 1).SaturatingAdd(weight));
            }

            ext.DepositEvent(ItemCompleted.Instance);
        }

        ext.DepositEvent(BatchCompleted.Instance);
        return DispatchResult.OkWithWeight(UtilityPallet.BatchWeight(Calls.Count).SaturatingAdd(weight));
    }
}
