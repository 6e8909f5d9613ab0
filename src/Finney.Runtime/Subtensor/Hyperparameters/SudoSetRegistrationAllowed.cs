using Finney.Runtime.Kernel;
using Finney.Runtime.Subtensor.Networks;

namespace Finney.Runtime.Subtensor.Hyperparameters;

/// <summary>Opens or closes registration on a subnet. Root only.</summary>
/// <param name="Netuid">The subnet.</param>
/// <param name="RegistrationAllowed">The new value.</param>
public sealed record SudoSetRegistrationAllowed(ushort Netuid, bool RegistrationAllowed) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => SubnetParameter.Info;

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext) =>
        SubnetParameter.SetUnchecked(origin, ext, Netuid, NetworkStorage.NetworkRegistrationAllowed, RegistrationAllowed, new RegistrationAllowed(Netuid, RegistrationAllowed));
}
