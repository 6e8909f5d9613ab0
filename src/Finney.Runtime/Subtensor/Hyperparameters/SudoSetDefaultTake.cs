using Finney.Runtime.Kernel;
using Finney.Runtime.Subtensor.Staking;

namespace Finney.Runtime.Subtensor.Hyperparameters;

/// <summary>Sets the take new delegates get, as u16 (11,796 ≈ 18 %). Root only.</summary>
/// <param name="DefaultTake">The new value.</param>
public sealed record SudoSetDefaultTake(ushort DefaultTake) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => SubnetParameter.Info;

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext) =>
        SubnetParameter.SetGlobal(origin, ext, StakingStorage.DefaultTake, DefaultTake, new DefaultTakeSet(DefaultTake));
}
