using Finney.Runtime.Extrinsics;
using Finney.Runtime.Kernel;

namespace Finney.Runtime.Balances;

/// <summary>Set the regular balance of a given account.</summary>
/// <remarks>The dispatch origin for this call is <c>root</c>.</remarks>
/// <param name="Who">The account.</param>
/// <param name="NewFree">The new free balance in RAO; below the existential deposit the account is wiped.</param>
public sealed record ForceSetBalance(MultiAddress Who, ulong NewFree) : BalancesCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => DispatchInfo.Normal(new Weight(19_929_000, 3_593).WithDbAccess(1, 1));

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext)
    {
        if (origin.EnsureRoot() is { } badOrigin)
        {
            return badOrigin;
        }

        if (!Who.TryLookup(out var who))
        {
            return DispatchError.CannotLookup;
        }

        return BalancesLedger.ForceSetFree(ext, who, NewFree) is { } failed ? failed : DispatchResult.Ok;
    }
}
