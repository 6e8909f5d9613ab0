using Finney.Runtime.Extrinsics;
using Finney.Runtime.Kernel;

namespace Finney.Runtime.Balances;

/// <summary>
/// Exactly as <c>transfer_allow_death</c>, except the origin must be root and the source account may be specified.
/// </summary>
/// <param name="Source">The account to take from.</param>
/// <param name="Dest">The recipient.</param>
/// <param name="Value">The amount in RAO.</param>
public sealed record ForceTransfer(MultiAddress Source, MultiAddress Dest, ulong Value) : BalancesCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => DispatchInfo.Normal(new Weight(49_944_000, 6_196).WithDbAccess(2, 2));

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext)
    {
        if (origin.EnsureRoot() is { } badOrigin)
        {
            return badOrigin;
        }

        if (!Source.TryLookup(out var source) || !Dest.TryLookup(out var dest))
        {
            return DispatchError.CannotLookup;
        }

        return BalancesLedger.Transfer(ext, source, dest, Value, Preservation.Expendable) is { } failed ? failed : DispatchResult.Ok;
    }
}
