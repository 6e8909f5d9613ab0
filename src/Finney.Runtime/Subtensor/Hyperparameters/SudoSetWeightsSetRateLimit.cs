using Finney.Runtime.Kernel;

namespace Finney.Runtime.Subtensor.Hyperparameters;

/// <summary>Sets the blocks between two weight settings of one UID on a subnet. Root only.</summary>
/// <param name="Netuid">The subnet.</param>
/// <param name="WeightsSetRateLimit">The new value.</param>
public sealed record SudoSetWeightsSetRateLimit(ushort Netuid, ulong WeightsSetRateLimit) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => SubnetParameter.Info;

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext) =>
        SubnetParameter.Set(origin, ext, Netuid, HyperparameterStorage.WeightsSetRateLimit, WeightsSetRateLimit, new WeightsSetRateLimitSet(Netuid, WeightsSetRateLimit));
}
