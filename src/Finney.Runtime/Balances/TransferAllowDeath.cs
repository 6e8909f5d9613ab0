using Finney.Runtime.Extrinsics;
using Finney.Runtime.Kernel;

namespace Finney.Runtime.Balances;

/// <summary>Transfer some liquid free balance to another account.</summary>
/// <remarks>
/// <c>transfer_allow_death</c> will set the <c>FreeBalance</c> of the sender and receiver. If the sender's account
/// is below the existential deposit as a result of the transfer, the account will be reaped. The dispatch origin
/// for this call must be <c>Signed</c> by the transactor.
/// </remarks>
/// <param name="Dest">The recipient.</param>
/// <param name="Value">The amount in RAO.</param>
public sealed record TransferAllowDeath(MultiAddress Dest, ulong Value) : BalancesCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => DispatchInfo.Normal(new Weight(48_363_000, 3_593).WithDbAccess(1, 1));

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext)
    {
        if (!origin.TryEnsureSigned(out var source, out var error))
        {
            return error;
        }

        if (!Dest.TryLookup(out var dest))
        {
            return DispatchError.CannotLookup;
        }

        return BalancesLedger.Transfer(ext, source, dest, Value, Preservation.Expendable) is { } failed ? failed : DispatchResult.Ok;
    }
}
