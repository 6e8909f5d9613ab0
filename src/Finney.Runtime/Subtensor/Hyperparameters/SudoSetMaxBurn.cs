using Finney.Runtime.Kernel;
using Finney.Runtime.Subtensor.Registration;

namespace Finney.Runtime.Subtensor.Hyperparameters;

/// <summary>Sets a subnet's upper bound of the burn cost, in RAO. Root only.</summary>
/// <param name="Netuid">The subnet.</param>
/// <param name="MaxBurn">The new value.</param>
public sealed record SudoSetMaxBurn(ushort Netuid, ulong MaxBurn) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => SubnetParameter.Info;

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext) =>
        SubnetParameter.Set(origin, ext, Netuid, RegistrationStorage.MaxBurn, MaxBurn, new MaxBurnSet(Netuid, MaxBurn));
}
