using Finney.Runtime.Kernel;
using Finney.Runtime.Subtensor.Emission;

namespace Finney.Runtime.Subtensor.Networks;

/// <summary>
/// Sets every subnet's share of the block emission (root only): one value per existing subnet, summing to the
/// full-rate block emission (1 TAO); halvings scale all shares alike.
/// </summary>
/// <param name="Netuids">Every existing subnet, once.</param>
/// <param name="Emission">RAO per block for each, in the same order.</param>
public sealed record SudoSetEmissionValues(ushort[] Netuids, ulong[] Emission) : SubtensorCall
{
    /// <inheritdoc />
    public override DispatchInfo GetDispatchInfo() => Operational(new Weight(28_000_000, 0).WithDbAccess(12, 10));

    /// <inheritdoc />
    public override DispatchResult Dispatch(Origin origin, Externalities ext)
    {
        if (origin.EnsureRoot() is { } bad)
        {
            return bad;
        }

        if (Netuids.Length != Emission.Length)
        {
            return Error(SubtensorError.WeightVecNotEqualSize);
        }

        if (Netuids.Length != NetworkStorage.TotalNetworks.Get(ext.State))
        {
            return Error(SubtensorError.IncorrectNetuidsLength);
        }

        if (Netuids.Distinct().Count() != Netuids.Length)
        {
            return Error(SubtensorError.DuplicateUids);
        }

        if (Netuids.Any(netuid => !SubnetRegistry.Exists(ext, netuid)))
        {
            return Error(SubtensorError.InvalidUid);
        }

        ulong sum = 0;
        foreach (var value in Emission)
        {
            if (value > ulong.MaxValue - sum)
            {
                return Error(SubtensorError.InvalidEmissionValues);
            }

            sum += value;
        }

        if (sum != SubtensorConfig.InitialBlockEmission)
        {
            return Error(SubtensorError.InvalidEmissionValues);
        }

        for (int i = 0; i < Netuids.Length; i++)
        {
            EmissionStorage.EmissionValues.Insert(ext.State, Netuids[i], Emission[i]);
        }

        ext.DepositEvent(EmissionValuesSet.Instance);
        return NoFee;
    }

    /// <inheritdoc />
    public bool Equals(SudoSetEmissionValues? other) =>
        other is not null && Netuids.AsSpan().SequenceEqual(other.Netuids) && Emission.AsSpan().SequenceEqual(other.Emission);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Netuids.Length, Emission.Length);
}
