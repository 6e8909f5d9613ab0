using Finney.Runtime.Kernel;
using Finney.Runtime.Subtensor.Registration;

namespace Finney.Runtime.Subtensor.Hyperparameters;

/// <summary>Sets the blocks between a subnet's difficulty and burn adjustments. Root only.</summary>
/// <param name="Netuid">The subnet.</param>
/// <param name="AdjustmentInterval">The new value.</param>
public sealed record SudoSetAdjustmentInterval(ushort Netuid, ushort AdjustmentInterval) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => SubnetParameter.Info;

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext) =>
        SubnetParameter.Set(origin, ext, Netuid, RegistrationStorage.AdjustmentInterval, AdjustmentInterval, new AdjustmentIntervalSet(Netuid, AdjustmentInterval));
}
