using Finney.Runtime.Kernel;

namespace Finney.Runtime.Subtensor.Networks;

/// <summary>Removes the registration requirement of subnet A on subnet B (root only).</summary>
/// <param name="NetuidA">The restricted subnet.</param>
/// <param name="NetuidB">The required subnet.</param>
public sealed record SudoRemoveNetworkConnectionRequirement(ushort NetuidA, ushort NetuidB) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => Operational(new Weight(15_000_000, 0).WithDbAccess(2, 1));

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext)
    {
        if (origin.EnsureRoot() is { } bad)
        {
            return bad;
        }

        if (!SubnetRegistry.Exists(ext, NetuidA) || !SubnetRegistry.Exists(ext, NetuidB))
        {
            return Error(SubtensorError.NetworkDoesNotExist);
        }

        NetworkStorage.NetworkConnect.Remove(ext.State, NetuidA, NetuidB);
        ext.DepositEvent(new NetworkConnectionRemoved(NetuidA, NetuidB));
        return NoFee;
    }
}
