using Finney.Runtime.Kernel;
using Finney.Runtime.Subtensor.Networks;

namespace Finney.Runtime.Subtensor.Hyperparameters;

/// <summary>Sets a subnet's maximum number of UIDs (up to 65,535); it must exceed the UIDs already registered. Root only.</summary>
/// <param name="Netuid">The subnet.</param>
/// <param name="MaxAllowedUids">The new value.</param>
public sealed record SudoSetMaxAllowedUids(ushort Netuid, ushort MaxAllowedUids) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => SubnetParameter.Info;

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext) =>
        SubnetParameter.Set(origin, ext, Netuid, HyperparameterStorage.MaxAllowedUids, MaxAllowedUids, new MaxAllowedUidsSet(Netuid, MaxAllowedUids), () => NetworkStorage.SubnetworkN.Get(ext.State, Netuid) < MaxAllowedUids ? null : SubtensorErrors.Of(SubtensorError.MaxAllowedUIdsNotAllowed));
}
