namespace Finney.Runtime.Subtensor.Epoch;

/// <summary>
/// What one epoch produces, exactly as subtensor stores it (per-uid vectors indexed by uid), plus the server and
/// validator emission parts that <c>epoch</c> returns for <c>LoadedEmission</c>.
/// </summary>
public sealed record EpochOutput
{
    /// <summary><c>Active</c>: updated weights within the activity cutoff.</summary>
    public required bool[] Active { get; init; }

    /// <summary><c>Emission</c> in RAO: the combined (incentive + dividends) share of the epoch's emission.</summary>
    public required ulong[] Emission { get; init; }

    /// <summary>Server part of each uid's emission in RAO (from incentive).</summary>
    public required ulong[] ServerEmission { get; init; }

    /// <summary>Validator part of each uid's emission in RAO (from dividends).</summary>
    public required ulong[] ValidatorEmission { get; init; }

    /// <summary><c>Rank</c> (equal to <see cref="Incentive"/>: ranks are normalised before storage).</summary>
    public required ushort[] Rank { get; init; }

    /// <summary><c>Trust</c>: share of each server's rank that survived clipping.</summary>
    public required ushort[] Trust { get; init; }

    /// <summary><c>Consensus</c>: stake-weighted median weight per server.</summary>
    public required ushort[] Consensus { get; init; }

    /// <summary><c>Incentive</c>: normalised rank after clipping.</summary>
    public required ushort[] Incentive { get; init; }

    /// <summary><c>Dividends</c>: normalised bond-weighted incentive per validator.</summary>
    public required ushort[] Dividends { get; init; }

    /// <summary><c>ValidatorTrust</c>: each validator's weight sum after clipping.</summary>
    public required ushort[] ValidatorTrust { get; init; }

    /// <summary><c>PruningScores</c>: max-upscaled combined emission.</summary>
    public required ushort[] PruningScores { get; init; }

    /// <summary><c>ValidatorPermit</c> for the next epoch: the top-k uids by stake.</summary>
    public required bool[] ValidatorPermit { get; init; }

    /// <summary>Every uid's bonds row after the epoch (rows the epoch does not write are the input rows).</summary>
    public required SparseEntry[][] Bonds { get; init; }

    /// <summary>Which <c>Bonds</c> rows the epoch writes to storage (permitted now or before); an empty written row is still a storage entry.</summary>
    public required bool[] BondsWritten { get; init; }
}
