using Finney.Runtime.Kernel;
using Finney.Runtime.Subtensor.Registration;

namespace Finney.Runtime.Subtensor.Hyperparameters;

/// <summary>Sets a subnet's lower bound of the PoW difficulty. Root only.</summary>
/// <param name="Netuid">The subnet.</param>
/// <param name="MinDifficulty">The new value.</param>
public sealed record SudoSetMinDifficulty(ushort Netuid, ulong MinDifficulty) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => SubnetParameter.Info;

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext) =>
        SubnetParameter.Set(origin, ext, Netuid, RegistrationStorage.MinDifficulty, MinDifficulty, new MinDifficultySet(Netuid, MinDifficulty));
}
