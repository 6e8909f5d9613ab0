using Finney.Runtime.Kernel;
using Finney.Runtime.Subtensor.Registration;

namespace Finney.Runtime.Subtensor.Hyperparameters;

/// <summary>Sets a subnet's lower bound of the burn cost, in RAO. Root only.</summary>
/// <param name="Netuid">The subnet.</param>
/// <param name="MinBurn">The new value.</param>
public sealed record SudoSetMinBurn(ushort Netuid, ulong MinBurn) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => SubnetParameter.Info;

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext) =>
        SubnetParameter.Set(origin, ext, Netuid, RegistrationStorage.MinBurn, MinBurn, new MinBurnSet(Netuid, MinBurn));
}
