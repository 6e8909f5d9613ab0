using Finney.Runtime.Kernel;

namespace Finney.Runtime.Subtensor.Networks;

/// <summary>Removes a subnet with its UIDs, weights and bonds (root only); stake stays with the hotkeys.</summary>
/// <param name="Netuid">The subnet to remove.</param>
public sealed record SudoRemoveNetwork(ushort Netuid) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => Operational(new Weight(42_000_000, 0).WithDbAccess(2, 31));

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext)
    {
        if (origin.EnsureRoot() is { } bad)
        {
            return bad;
        }

        if (!SubnetRegistry.Exists(ext, Netuid))
        {
            return Error(SubtensorError.NetworkDoesNotExist);
        }

        SubnetRegistry.Remove(ext, Netuid);
        ext.DepositEvent(new NetworkRemoved(Netuid));
        return NoFee;
    }
}
