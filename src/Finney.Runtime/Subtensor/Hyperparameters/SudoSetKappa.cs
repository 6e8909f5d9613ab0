using Finney.Runtime.Kernel;

namespace Finney.Runtime.Subtensor.Hyperparameters;

/// <summary>Sets a subnet's kappa: the stake share that defines consensus, as u16. Root only.</summary>
/// <param name="Netuid">The subnet.</param>
/// <param name="Kappa">The new value.</param>
public sealed record SudoSetKappa(ushort Netuid, ushort Kappa) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => SubnetParameter.Info;

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext) =>
        SubnetParameter.Set(origin, ext, Netuid, HyperparameterStorage.Kappa, Kappa, new KappaSet(Netuid, Kappa));
}
