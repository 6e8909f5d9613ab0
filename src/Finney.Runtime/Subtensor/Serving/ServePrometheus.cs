using Finney.Runtime.Kernel;

namespace Finney.Runtime.Subtensor.Serving;

/// <summary>Announces where the signing hotkey serves its Prometheus metrics on a subnet.</summary>
/// <param name="Netuid">The subnet.</param>
/// <param name="Version">The exporter's software version.</param>
/// <param name="Ip">IPv4 or IPv6 address as u128.</param>
/// <param name="Port">TCP port (not zero).</param>
/// <param name="IpType">4 or 6.</param>
public sealed record ServePrometheus(ushort Netuid, uint Version, UInt128 Ip, ushort Port, byte IpType) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => Normal(new Weight(17_000_000, 0).WithDbAccess(2, 1));

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext)
    {
        if (!origin.TryEnsureSigned(out var hotkey, out var error))
        {
            return error;
        }

        ServingStorage.Prometheus.TryGet(ext.State, Netuid, hotkey, out var previous);
        if (ServingRules.Check(ext, Netuid, hotkey, IpType, Ip, previous.Block) is { } refused)
        {
            return Error(refused);
        }

        if (Port == 0)
        {
            return Error(SubtensorError.InvalidPort);
        }

        ServingStorage.Prometheus.Insert(ext.State, Netuid, hotkey, new PrometheusInfo(SubtensorPallet.CurrentBlock(ext), Version, Ip, Port, IpType));
        ext.DepositEvent(new PrometheusServed(Netuid, hotkey));
        return NoFee;
    }
}
