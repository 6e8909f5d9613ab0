using Finney.Runtime.Kernel;

namespace Finney.Runtime.Subtensor.Hyperparameters;

/// <summary>Sets a subnet's bonds EMA retention, in millionths. Root only.</summary>
/// <param name="Netuid">The subnet.</param>
/// <param name="BondsMovingAverage">The new value.</param>
public sealed record SudoSetBondsMovingAverage(ushort Netuid, ulong BondsMovingAverage) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => SubnetParameter.Info;

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext) =>
        SubnetParameter.Set(origin, ext, Netuid, HyperparameterStorage.BondsMovingAverage, BondsMovingAverage, new BondsMovingAverageSet(Netuid, BondsMovingAverage));
}
