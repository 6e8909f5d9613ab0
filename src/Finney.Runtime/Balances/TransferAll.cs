using Finney.Runtime.Extrinsics;
using Finney.Runtime.Kernel;

namespace Finney.Runtime.Balances;

/// <summary>Transfer the entire transferable balance from the caller account.</summary>
/// <remarks>
/// This only transfers transferable balances: locked, reserved, or existential deposits (when
/// <c>keep_alive</c> is <c>true</c>) are not transferred. The dispatch origin of this call must be Signed.
/// </remarks>
/// <param name="Dest">The recipient of the transfer.</param>
/// <param name="KeepAlive">Whether to keep the existential deposit so the sender's account survives.</param>
public sealed record TransferAll(MultiAddress Dest, bool KeepAlive) : BalancesCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => DispatchInfo.Normal(new Weight(47_385_000, 3_593).WithDbAccess(1, 1));

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext)
    {
        if (!origin.TryEnsureSigned(out var source, out var error))
        {
            return error;
        }

        var preservation = KeepAlive ? Preservation.Preserve : Preservation.Expendable;
        var reducible = BalancesLedger.ReducibleBalance(ext, source, preservation);
        if (!Dest.TryLookup(out var dest))
        {
            return DispatchError.CannotLookup;
        }

        return BalancesLedger.Transfer(ext, source, dest, reducible, preservation) is { } failed ? failed : DispatchResult.Ok;
    }
}
