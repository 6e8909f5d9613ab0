using Finney.Runtime.Kernel;
using Finney.Runtime.Subtensor.Registration;

namespace Finney.Runtime.Subtensor.Hyperparameters;

/// <summary>Sets the weight of the old value in a subnet's difficulty and burn adjustments, as a fraction of u64::MAX. Root only.</summary>
/// <param name="Netuid">The subnet.</param>
/// <param name="AdjustmentAlpha">The new value.</param>
public sealed record SudoSetAdjustmentAlpha(ushort Netuid, ulong AdjustmentAlpha) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => SubnetParameter.Info;

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext) =>
        SubnetParameter.Set(origin, ext, Netuid, RegistrationStorage.AdjustmentAlpha, AdjustmentAlpha, new AdjustmentAlphaSet(Netuid, AdjustmentAlpha));
}
