using Finney.Runtime.Kernel;

namespace Finney.Runtime.Subtensor.Hyperparameters;

/// <summary>Sets the largest normalised weight on one UID, as u16 (65,535: no limit). Root only.</summary>
/// <param name="Netuid">The subnet.</param>
/// <param name="MaxWeightLimit">The new value.</param>
public sealed record SudoSetMaxWeightLimit(ushort Netuid, ushort MaxWeightLimit) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => SubnetParameter.Info;

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext) =>
        SubnetParameter.Set(origin, ext, Netuid, HyperparameterStorage.MaxWeightsLimit, MaxWeightLimit, new MaxWeightLimitSet(Netuid, MaxWeightLimit));
}
