using Finney.Runtime.Kernel;

namespace Finney.Runtime.Subtensor.Hyperparameters;

/// <summary>Sets the blocks without weights after which a UID counts as inactive. Root only.</summary>
/// <param name="Netuid">The subnet.</param>
/// <param name="ActivityCutoff">The new value.</param>
public sealed record SudoSetActivityCutoff(ushort Netuid, ushort ActivityCutoff) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => SubnetParameter.Info;

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext) =>
        SubnetParameter.Set(origin, ext, Netuid, HyperparameterStorage.ActivityCutoff, ActivityCutoff, new ActivityCutoffSet(Netuid, ActivityCutoff));
}
