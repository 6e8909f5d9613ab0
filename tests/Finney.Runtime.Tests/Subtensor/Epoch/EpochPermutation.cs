using Finney.Runtime.Subtensor.Epoch;

namespace Finney.Runtime.Tests.Subtensor.Epoch;

/// <summary>Relabels uids (uid i becomes map[i]) in inputs and outputs, and puts outputs in a comparable form.</summary>
internal static class EpochPermutation
{
    public static EpochInput Apply(EpochInput input, int[] map) => input with
    {
        Stake = Move(input.Stake, map),
        LastUpdate = Move(input.LastUpdate, map),
        BlockAtRegistration = Move(input.BlockAtRegistration, map),
        ValidatorPermit = Move(input.ValidatorPermit, map),
        Weights = MoveRows(input.Weights, map),
        Bonds = MoveRows(input.Bonds, map),
    };

    public static EpochOutput Apply(EpochOutput output, int[] map) => Normalize(output with
    {
        Active = Move(output.Active, map),
        Emission = Move(output.Emission, map),
        ServerEmission = Move(output.ServerEmission, map),
        ValidatorEmission = Move(output.ValidatorEmission, map),
        Rank = Move(output.Rank, map),
        Trust = Move(output.Trust, map),
        Consensus = Move(output.Consensus, map),
        Incentive = Move(output.Incentive, map),
        Dividends = Move(output.Dividends, map),
        ValidatorTrust = Move(output.ValidatorTrust, map),
        PruningScores = Move(output.PruningScores, map),
        ValidatorPermit = Move(output.ValidatorPermit, map),
        Bonds = MoveRows(output.Bonds, map),
        BondsWritten = Move(output.BondsWritten, map),
    });

    /// <summary>Bonds rows sorted by uid with zero entries dropped: the dense variant lists zeros, the sparse one does not.</summary>
    public static EpochOutput Normalize(EpochOutput output) => output with
    {
        Bonds = output.Bonds.Select(row => row.Where(e => e.Value != 0).OrderBy(e => e.Uid).ToArray()).ToArray(),
    };

    private static T[] Move<T>(T[] values, int[] map)
    {
        var result = new T[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            result[map[i]] = values[i];
        }

        return result;
    }

    private static SparseEntry[][] MoveRows(SparseEntry[][] rows, int[] map) =>
        Move(rows.Select(row => row.Select(e => e with { Uid = (ushort)map[e.Uid] }).ToArray()).ToArray(), map);
}
