using Finney.Runtime.Kernel;

namespace Finney.Runtime.Subtensor.Hyperparameters;

/// <summary>Sets the blocks during which a new registration on a subnet cannot be replaced. Root only.</summary>
/// <param name="Netuid">The subnet.</param>
/// <param name="ImmunityPeriod">The new value.</param>
public sealed record SudoSetImmunityPeriod(ushort Netuid, ushort ImmunityPeriod) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => SubnetParameter.Info;

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext) =>
        SubnetParameter.Set(origin, ext, Netuid, HyperparameterStorage.ImmunityPeriod, ImmunityPeriod, new ImmunityPeriodSet(Netuid, ImmunityPeriod));
}
