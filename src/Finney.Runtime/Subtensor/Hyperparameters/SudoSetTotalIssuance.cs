using Finney.Runtime.Kernel;
using Finney.Runtime.Subtensor.Emission;

namespace Finney.Runtime.Subtensor.Hyperparameters;

/// <summary>Sets the pallet's total issuance counter, in RAO (no event). Root only.</summary>
/// <param name="TotalIssuance">The new value.</param>
public sealed record SudoSetTotalIssuance(ulong TotalIssuance) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => SubnetParameter.Info;

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext) =>
        SubnetParameter.SetGlobal(origin, ext, EmissionStorage.TotalIssuance, TotalIssuance, null);
}
