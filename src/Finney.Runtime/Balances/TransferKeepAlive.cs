using Finney.Runtime.Extrinsics;
using Finney.Runtime.Kernel;

namespace Finney.Runtime.Balances;

/// <summary>
/// Same as the <c>transfer_allow_death</c> call, but with a check that the transfer will not kill the origin account.
/// </summary>
/// <param name="Dest">The recipient.</param>
/// <param name="Value">The amount in RAO.</param>
public sealed record TransferKeepAlive(MultiAddress Dest, ulong Value) : BalancesCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => DispatchInfo.Normal(new Weight(38_159_000, 3_593).WithDbAccess(1, 1));

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

        return BalancesLedger.Transfer(ext, source, dest, Value, Preservation.Preserve) is { } failed ? failed : DispatchResult.Ok;
    }
}
