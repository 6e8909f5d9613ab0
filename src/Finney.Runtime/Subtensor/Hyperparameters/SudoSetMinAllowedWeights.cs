using Finney.Runtime.Kernel;

namespace Finney.Runtime.Subtensor.Hyperparameters;

/// <summary>Sets the minimum number of weights a validator sets on a subnet. Root only.</summary>
/// <param name="Netuid">The subnet.</param>
/// <param name="MinAllowedWeights">The new value.</param>
public sealed record SudoSetMinAllowedWeights(ushort Netuid, ushort MinAllowedWeights) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => SubnetParameter.Info;

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext) =>
        SubnetParameter.Set(origin, ext, Netuid, HyperparameterStorage.MinAllowedWeights, MinAllowedWeights, new MinAllowedWeightSet(Netuid, MinAllowedWeights));
}
