using Finney.Runtime.Kernel;

namespace Finney.Runtime.Subtensor.Hyperparameters;

/// <summary>Sets a subnet's validator prune length (unused on chain). Root only.</summary>
/// <param name="Netuid">The subnet.</param>
/// <param name="ValidatorPruneLen">The new value.</param>
public sealed record SudoSetValidatorPruneLen(ushort Netuid, ulong ValidatorPruneLen) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => SubnetParameter.Info;

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext) =>
        SubnetParameter.Set(origin, ext, Netuid, HyperparameterStorage.ValidatorPruneLen, ValidatorPruneLen, new ValidatorPruneLenSet(Netuid, ValidatorPruneLen));
}
