using Finney.Runtime.Kernel;

namespace Finney.Runtime.Subtensor.Networks;

/// <summary>Adds a subnet (root only). Registration on it stays closed until <c>sudo_set_registration_allowed</c>.</summary>
/// <param name="Netuid">The new subnet's id.</param>
/// <param name="Tempo">Blocks between its epochs, plus one (below 65,535).</param>
/// <param name="Modality">0 text, 1 image, 2 tensor.</param>
public sealed record SudoAddNetwork(ushort Netuid, ushort Tempo, ushort Modality) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => Operational(new Weight(50_000_000, 0).WithDbAccess(17, 20));

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext)
    {
        if (origin.EnsureRoot() is { } bad)
        {
            return bad;
        }

        if (SubnetRegistry.Exists(ext, Netuid))
        {
            return Error(SubtensorError.NetworkExist);
        }

        if (Modality > 2)
        {
            return Error(SubtensorError.InvalidModality);
        }

        if (Tempo == ushort.MaxValue)
        {
            return Error(SubtensorError.InvalidTempo);
        }

        SubnetRegistry.Add(ext, Netuid, Tempo, Modality);
        ext.DepositEvent(new NetworkAdded(Netuid, Modality));
        return NoFee;
    }
}
