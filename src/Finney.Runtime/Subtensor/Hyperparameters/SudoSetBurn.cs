using Finney.Runtime.Kernel;
using Finney.Runtime.Subtensor.Registration;

namespace Finney.Runtime.Subtensor.Hyperparameters;

/// <summary>Sets a subnet's current burn cost, in RAO. Root only.</summary>
/// <param name="Netuid">The subnet.</param>
/// <param name="Burn">The new value.</param>
public sealed record SudoSetBurn(ushort Netuid, ulong Burn) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => SubnetParameter.Info;

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext) =>
        SubnetParameter.Set(origin, ext, Netuid, RegistrationStorage.Burn, Burn, new BurnSet(Netuid, Burn));
}
