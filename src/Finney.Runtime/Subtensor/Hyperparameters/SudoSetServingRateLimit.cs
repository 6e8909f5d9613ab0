using Finney.Runtime.Kernel;

namespace Finney.Runtime.Subtensor.Hyperparameters;

/// <summary>Sets the blocks between two axon or prometheus announcements of one hotkey on a subnet. Root only.</summary>
/// <param name="Netuid">The subnet.</param>
/// <param name="ServingRateLimit">The new value.</param>
public sealed record SudoSetServingRateLimit(ushort Netuid, ulong ServingRateLimit) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => SubnetParameter.Info;

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext) =>
        SubnetParameter.SetUnchecked(origin, ext, Netuid, HyperparameterStorage.ServingRateLimit, ServingRateLimit, new ServingRateLimitSet(Netuid, ServingRateLimit));
}
