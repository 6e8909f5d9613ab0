using Finney.Runtime.Kernel;

namespace Finney.Runtime.Subtensor.Hyperparameters;

/// <summary>Sets a subnet's number of validator permits. Root only.</summary>
/// <param name="Netuid">The subnet.</param>
/// <param name="MaxAllowedValidators">The new value.</param>
public sealed record SudoSetMaxAllowedValidators(ushort Netuid, ushort MaxAllowedValidators) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => SubnetParameter.Info;

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext) =>
        SubnetParameter.Set(origin, ext, Netuid, HyperparameterStorage.MaxAllowedValidators, MaxAllowedValidators, new MaxAllowedValidatorsSet(Netuid, MaxAllowedValidators));
}
