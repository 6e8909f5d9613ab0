using Finney.Runtime.Kernel;
using Finney.Runtime.Subtensor.Staking;

namespace Finney.Runtime.Subtensor.Hyperparameters;

/// <summary>Sets the blocks a coldkey waits between stake or delegate transactions. Root only.</summary>
/// <param name="TxRateLimit">The new value.</param>
public sealed record SudoSetTxRateLimit(ulong TxRateLimit) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => SubnetParameter.Info;

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext) =>
        SubnetParameter.SetGlobal(origin, ext, StakingStorage.TxRateLimit, TxRateLimit, new TxRateLimitSet(TxRateLimit));
}
