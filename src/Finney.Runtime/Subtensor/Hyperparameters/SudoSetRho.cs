using Finney.Runtime.Kernel;

namespace Finney.Runtime.Subtensor.Hyperparameters;

/// <summary>Sets a subnet's rho. Root only.</summary>
/// <param name="Netuid">The subnet.</param>
/// <param name="Rho">The new value.</param>
public sealed record SudoSetRho(ushort Netuid, ushort Rho) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => SubnetParameter.Info;

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext) =>
        SubnetParameter.Set(origin, ext, Netuid, HyperparameterStorage.Rho, Rho, new RhoSet(Netuid, Rho));
}
