using Finney.Runtime.Aura;
using Finney.Runtime.Kernel;

namespace Finney.Runtime.Timestamp;

/// <summary>Set the current time.</summary>
/// <remarks>
/// This call should be invoked exactly once per block, as the first extrinsic (an inherent). The timestamp
/// should be greater than the previous one by the amount specified by <c>MinimumPeriod</c>, and fall in the
/// slot the block's Aura pre-runtime digest announces. The dispatch origin for this call must be <c>None</c>.
/// </remarks>
/// <param name="Now">Unix time in milliseconds.</param>
public sealed record SetTimestamp(ulong Now) : TimestampCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() =>
        new(new Weight(9_258_000, 1_493).WithDbAccess(2, 1), DispatchClass.Mandatory, Pays.Yes);

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext)
    {
        if (origin.EnsureNone() is { } badOrigin)
        {
            return badOrigin;
        }

        if (TimestampPallet.DidUpdate.Exists(ext.State))
        {
            return DispatchError.Other;
        }

        var previous = TimestampPallet.Now.Get(ext.State);
        if (previous != 0 && Now < previous + TimestampPallet.MinimumPeriod)
        {
            return DispatchError.Other;
        }

        TimestampPallet.Now.Put(ext.State, Now);
        TimestampPallet.DidUpdate.Put(ext.State, true);
        return AuraPallet.OnTimestampSet(ext, Now) ? DispatchResult.Ok : DispatchError.Other;
    }
}
