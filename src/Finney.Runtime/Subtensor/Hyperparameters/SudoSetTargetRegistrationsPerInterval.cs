using Finney.Runtime.Kernel;
using Finney.Runtime.Subtensor.Registration;

namespace Finney.Runtime.Subtensor.Hyperparameters;

/// <summary>Sets the registrations per interval a subnet's adjustment aims at. Root only.</summary>
/// <param name="Netuid">The subnet.</param>
/// <param name="TargetRegistrationsPerInterval">The new value.</param>
public sealed record SudoSetTargetRegistrationsPerInterval(ushort Netuid, ushort TargetRegistrationsPerInterval) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => SubnetParameter.Info;

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext) =>
        SubnetParameter.Set(origin, ext, Netuid, RegistrationStorage.TargetRegistrationsPerInterval, TargetRegistrationsPerInterval, new RegistrationPerIntervalSet(Netuid, TargetRegistrationsPerInterval));
}
