using Finney.Runtime.Kernel;

namespace Finney.Runtime.Subtensor.Serving;

/// <summary>Announces where the signing hotkey serves its axon on a subnet.</summary>
/// <param name="Netuid">The subnet.</param>
/// <param name="Version">The axon's software version.</param>
/// <param name="Ip">IPv4 or IPv6 address as u128.</param>
/// <param name="Port">TCP port (not zero).</param>
/// <param name="IpType">4 or 6.</param>
/// <param name="Protocol">Transport protocol.</param>
/// <param name="Placeholder1">Reserved.</param>
/// <param name="Placeholder2">Reserved.</param>
public sealed record ServeAxon(ushort Netuid, uint Version, UInt128 Ip, ushort Port, byte IpType, byte Protocol, byte Placeholder1, byte Placeholder2) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => Normal(new Weight(19_000_000, 0).WithDbAccess(2, 1));

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext)
    {
        if (!origin.TryEnsureSigned(out var hotkey, out var error))
        {
            return error;
        }

        ServingStorage.Axons.TryGet(ext.State, Netuid, hotkey, out var previous);
        if (ServingRules.Check(ext, Netuid, hotkey, IpType, Ip, previous.Block) is { } refused)
        {
            return Error(refused);
        }

        if (Port == 0)
        {
            return Error(SubtensorError.InvalidPort);
        }

        var axon = new AxonInfo(SubtensorPallet.CurrentBlock(ext), Version, Ip, Port, IpType, Protocol, Placeholder1, Placeholder2);
        ServingStorage.Axons.Insert(ext.State, Netuid, hotkey, axon);
        ext.DepositEvent(new AxonServed(Netuid, hotkey));
        return NoFee;
    }
}
