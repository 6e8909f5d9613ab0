using Finney.Runtime.Kernel;

namespace Finney.Runtime.Subtensor.Networks;

/// <summary>
/// Requires hotkeys registering on subnet A to hold a UID on subnet B within a pruning-score percentile (root only).
/// </summary>
/// <param name="NetuidA">The subnet whose registration is restricted.</param>
/// <param name="NetuidB">The subnet the hotkey must already be on.</param>
/// <param name="Requirement">Largest allowed share of UIDs ranked above the hotkey on B, as u16 (65,535 = any).</param>
public sealed record SudoAddNetworkConnectionRequirement(ushort NetuidA, ushort NetuidB, ushort Requirement) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => Operational(new Weight(17_000_000, 0).WithDbAccess(2, 1));

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext)
    {
        if (origin.EnsureRoot() is { } bad)
        {
            return bad;
        }

        if (NetuidA == NetuidB)
        {
            return Error(SubtensorError.InvalidConnectionRequirement);
        }

        if (!SubnetRegistry.Exists(ext, NetuidA) || !SubnetRegistry.Exists(ext, NetuidB))
        {
            return Error(SubtensorError.NetworkDoesNotExist);
        }

        NetworkStorage.NetworkConnect.Insert(ext.State, NetuidA, NetuidB, Requirement);
        ext.DepositEvent(new NetworkConnectionAdded(NetuidA, NetuidB, Requirement));
        return NoFee;
    }
}
