using Finney.Runtime.Kernel;
using Finney.Runtime.Subtensor.Staking;

namespace Finney.Runtime.Subtensor.Hyperparameters;

/// <summary>Sets the senate's stake requirement, in percent. Root only.</summary>
/// <param name="RequiredPercent">The new value.</param>
public sealed record SudoSetSenateRequiredStakePerc(ulong RequiredPercent) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => SubnetParameter.Info;

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext) =>
        SubnetParameter.SetGlobal(origin, ext, StakingStorage.SenateRequiredStakePercentage, RequiredPercent, new SenateRequiredStakePercentSet(RequiredPercent));
}
