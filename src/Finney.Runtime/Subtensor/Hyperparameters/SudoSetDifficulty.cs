using Finney.Runtime.Kernel;
using Finney.Runtime.Subtensor.Registration;

namespace Finney.Runtime.Subtensor.Hyperparameters;

/// <summary>Sets a subnet's current PoW difficulty. Root only.</summary>
/// <param name="Netuid">The subnet.</param>
/// <param name="Difficulty">The new value.</param>
public sealed record SudoSetDifficulty(ushort Netuid, ulong Difficulty) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => SubnetParameter.Info;

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext) =>
        SubnetParameter.Set(origin, ext, Netuid, RegistrationStorage.Difficulty, Difficulty, new DifficultySet(Netuid, Difficulty));
}
