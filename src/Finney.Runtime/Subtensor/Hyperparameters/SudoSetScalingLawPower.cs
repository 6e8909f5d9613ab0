using Finney.Runtime.Kernel;

namespace Finney.Runtime.Subtensor.Hyperparameters;

/// <summary>Sets a subnet's scaling law power (at most 100; unused on chain). Root only.</summary>
/// <param name="Netuid">The subnet.</param>
/// <param name="ScalingLawPower">The new value.</param>
public sealed record SudoSetScalingLawPower(ushort Netuid, ushort ScalingLawPower) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => SubnetParameter.Info;

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext) =>
        SubnetParameter.Set(origin, ext, Netuid, HyperparameterStorage.ScalingLawPower, ScalingLawPower, new ScalingLawPowerSet(Netuid, ScalingLawPower), () => ScalingLawPower <= 100 ? null : SubtensorErrors.Of(SubtensorError.StorageValueOutOfRange));
}
