using Finney.Runtime.Kernel;
using Finney.Runtime.Subtensor.Registration;

namespace Finney.Runtime.Subtensor.Hyperparameters;

/// <summary>Sets the registrations a subnet accepts per block. Root only.</summary>
/// <param name="Netuid">The subnet.</param>
/// <param name="MaxRegistrationsPerBlock">The new value.</param>
public sealed record SudoSetMaxRegistrationsPerBlock(ushort Netuid, ushort MaxRegistrationsPerBlock) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => SubnetParameter.Info;

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext) =>
        SubnetParameter.Set(origin, ext, Netuid, RegistrationStorage.MaxRegistrationsPerBlock, MaxRegistrationsPerBlock, new MaxRegistrationsPerBlockSet(Netuid, MaxRegistrationsPerBlock));
}
