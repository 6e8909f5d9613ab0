using Finney.Runtime.Kernel;

namespace Finney.Runtime.Utility;

/// <summary>Send a batch of dispatch calls. Unlike <c>batch</c>, it allows errors and won't interrupt.</summary>
/// <remarks>
/// May be called from any origin except <c>None</c>. Each failed call is rolled back on its own and reported with
/// <c>ItemFailed</c>; the batch ends with <c>BatchCompleted</c> or <c>BatchCompletedWithErrors</c>.
/// </remarks>
/// <param name="Calls">The calls to be dispatched from the same origin.</param>
public sealed record ForceBatch(IReadOnlyList<RuntimeCall> Calls) : UtilityBatchCall(Calls)
{
    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext)
    {
        if (CheckBatch(origin) is { } invalid)
        {
            return invalid;
        }

        var weight = Weight.Zero;
        var hasError = false;
        foreach (var call in Calls)
        {
            var info = call.GetDispatchInfo();
            var result = DispatchItem(call, origin, ext);
            weight = weight.SaturatingAdd(result.PostInfo.ActualOf(info));
            if (result.Error is { } error)
            {
                hasError = true;
                ext.DepositEvent(new ItemFailed(error));
            }
            else
            {
                ext.DepositEvent(ItemCompleted.Instance);
            }
        }

        ext.DepositEvent(hasError ? BatchCompletedWithErrors.Instance : BatchCompleted.Instance);
        return DispatchResult.OkWithWeight(UtilityPallet.BatchWeight(Calls.Count).SaturatingAdd(weight));
    }
}
