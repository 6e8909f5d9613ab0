using Finney.Runtime.Kernel;

namespace Finney.Runtime.Subtensor.Hyperparameters;

/// <summary>Sets the minimum version key validators must send with weights on a subnet. Root only.</summary>
/// <param name="Netuid">The subnet.</param>
/// <param name="WeightsVersionKey">The new value.</param>
public sealed record SudoSetWeightsVersionKey(ushort Netuid, ulong WeightsVersionKey) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => SubnetParameter.Info;

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext) =>
        SubnetParameter.Set(origin, ext, Netuid, HyperparameterStorage.WeightsVersionKey, WeightsVersionKey, new WeightsVersionKeySet(Netuid, WeightsVersionKey));
}
