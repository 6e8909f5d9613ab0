using Finney.Runtime.Kernel;
using Finney.Runtime.Subtensor.Registration;

namespace Finney.Runtime.Subtensor.Hyperparameters;

/// <summary>Sets a subnet's counter of RAO recycled by registrations. Root only.</summary>
/// <param name="Netuid">The subnet.</param>
/// <param name="RaoRecycled">The new value.</param>
public sealed record SudoSetRaoRecycled(ushort Netuid, ulong RaoRecycled) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => SubnetParameter.Info;

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext) =>
        SubnetParameter.Set(origin, ext, Netuid, RegistrationStorage.RAORecycledForRegistration, RaoRecycled, new RAORecycledForRegistrationSet(Netuid, RaoRecycled));
}
