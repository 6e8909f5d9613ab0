using Finney.Runtime.Kernel;
using Finney.Runtime.Subtensor.Registration;

namespace Finney.Runtime.Subtensor.Hyperparameters;

/// <summary>Sets a subnet's upper bound of the PoW difficulty. Root only.</summary>
/// <param name="Netuid">The subnet.</param>
/// <param name="MaxDifficulty">The new value.</param>
public sealed record SudoSetMaxDifficulty(ushort Netuid, ulong MaxDifficulty) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => SubnetParameter.Info;

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext) =>
        SubnetParameter.Set(origin, ext, Netuid, RegistrationStorage.MaxDifficulty, MaxDifficulty, new MaxDifficultySet(Netuid, MaxDifficulty));
}
