using Finney.Runtime.Kernel;
using Finney.Runtime.Subtensor.Networks;

namespace Finney.Runtime.Subtensor.Hyperparameters;

/// <summary>Sets a subnet's tempo (below 65,535). Root only.</summary>
/// <param name="Netuid">The subnet.</param>
/// <param name="Tempo">The new value.</param>
public sealed record SudoSetTempo(ushort Netuid, ushort Tempo) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => SubnetParameter.Info;

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext) =>
        SubnetParameter.Set(origin, ext, Netuid, NetworkStorage.Tempo, Tempo, new TempoSet(Netuid, Tempo), () => Tempo < ushort.MaxValue ? null : SubtensorErrors.Of(SubtensorError.InvalidTempo));
}
