using Finney.Primitives.FixedPoint;

namespace Finney.Runtime.Subtensor.Epoch;

/// <summary>
/// Yuma consensus: one epoch of a subnet as a pure function of plain arrays, bit-exact with subtensor's sparse
/// <c>epoch(netuid, rao_emission)</c> at the reference commit (research note §6). No floating point; every
/// fixed-point operation rounds and wraps as substrate-fixed does in the wasm release build.
/// </summary>
public static class YumaConsensus
{
    /// <summary>Runs one epoch.</summary>
    /// <param name="input">Stake, activity, permits, weights and bonds of every uid; see <see cref="EpochInput"/>.</param>
    /// <param name="trace">Optional sink for every intermediate vector and matrix, by step name.</param>
    /// <param name="parallelism">
    /// Threads for the per-column consensus medians (the dominant cost); any value gives identical results.
    /// </param>
    /// <returns>Everything subtensor stores after the epoch, plus the emission parts it returns.</returns>
    /// <exception cref="ArgumentException">The input's shape is inconsistent (see <see cref="EpochInput.Validate"/>).</exception>
    public static EpochOutput Run(EpochInput input, IEpochTrace? trace = null, int parallelism = 1)
    {
        ArgumentNullException.ThrowIfNull(input);
        input.Validate();
        using var buffers = new EpochBuffers();
        var stakes = EpochSteps.Stakes(input, trace);
        var weights = NormalizedWeights(input, parallelism, buffers);
        trace?.Matrix("W (mask+norm)", weights.ToRows());
        var preranks = weights.MultiplyLeft(stakes.ActiveStake);
        var consensus = Consensus.Sparse(weights, stakes.ActiveStake, EpochSteps.Kappa(input.Hyperparameters.Kappa), parallelism, buffers);
        weights = weights.ClipColumns(consensus, buffers);
        var validatorTrust = weights.RowSums();
        var (trust, incentive) = EpochSteps.TrustAndIncentive(weights.MultiplyLeft(stakes.ActiveStake), preranks);
        trace?.Vector("R (before)", preranks);
        trace?.Vector("C", consensus);
        trace?.Matrix("W (clipped)", weights.ToRows());
        trace?.Vector("Tv", validatorTrust);
        trace?.Vector("T", trust);
        trace?.Vector("I", incentive);

        var emaBonds = MovingAverageBonds(input, weights, stakes.ActiveStake, trace, parallelism, buffers);
        var dividends = emaBonds.MultiplyRight(incentive, parallelism);
        EpochVectors.Normalize(dividends);
        trace?.Vector("D", dividends);
        var scores = new EpochScores
        {
            Stakes = stakes,
            Consensus = consensus,
            ValidatorTrust = validatorTrust,
            Trust = trust,
            Incentive = incentive,
            Dividends = dividends,
        };
        return EpochSteps.Finish(input, scores, UpscaledBondRows(emaBonds, trace, parallelism), trace);
    }

    // Step 5: weights of permitted validators, without self-weight or weights older than the target's registration.
    private static SparseMatrix NormalizedWeights(EpochInput input, int parallelism, EpochBuffers buffers)
    {
        var weights = SparseMatrix.Load(input.Weights, input.LastUpdate, input.BlockAtRegistration,
            EpochVectors.Not(input.ValidatorPermit), buffers);
        weights.NormalizeRows(parallelism);
        return weights;
    }

    // Steps 11–13: old bonds (outdated entries masked) and ΔB = W∘S, each column-normalised, then the EMA.
    private static SparseMatrix MovingAverageBonds(EpochInput input, SparseMatrix clippedWeights, I32F32[] activeStake,
        IEpochTrace? trace, int parallelism, EpochBuffers buffers)
    {
        var bonds = SparseMatrix.Load(input.Bonds, input.LastUpdate, input.BlockAtRegistration, [], buffers);
        bonds.NormalizeColumns(parallelism);
        var delta = clippedWeights.ScaleRows(activeStake, buffers, parallelism);
        delta.NormalizeColumns(parallelism);
        var ema = SparseMatrix.MovingAverage(delta, bonds, EpochSteps.Alpha(input.Hyperparameters.BondsMovingAverage), buffers);
        ema.NormalizeColumns(parallelism);
        trace?.Matrix("B (mask+norm)", bonds.ToRows());
        trace?.Matrix("ΔB (norm)", delta.ToRows());
        trace?.Matrix("emaB", ema.ToRows());
        return ema;
    }

    // Step 18: column max-upscale, then each kept entry as a u16 proportion (entries that round to 0 stay stored).
    private static SparseEntry[][] UpscaledBondRows(SparseMatrix ema, IEpochTrace? trace, int parallelism)
    {
        ema.UpscaleColumnsToMax(parallelism);
        trace?.Matrix("emaB (max-upscale)", ema.ToRows());
        var rows = new SparseEntry[ema.Size][];
        for (int i = 0; i < ema.Size; i++)
        {
            rows[i] = new SparseEntry[ema.RowStart[i + 1] - ema.RowStart[i]];
            for (int e = ema.RowStart[i]; e < ema.RowStart[i + 1]; e++)
            {
                rows[i][e - ema.RowStart[i]] = new SparseEntry(ema.Columns[e], U16Proportion.FromFixed(ema.Values[e]));
            }
        }

        return rows;
    }
}
