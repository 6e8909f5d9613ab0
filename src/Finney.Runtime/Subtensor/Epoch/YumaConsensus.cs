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
        var weights = EpochWeights.LoadNormalized(input, stakes.ActiveStake, parallelism, buffers, out var preranks);
        trace?.Matrix("W (mask+norm)", weights.ToRows());
        var consensus = Consensus.Sparse(weights, stakes.ActiveStake, EpochSteps.Kappa(input.Hyperparameters.Kappa), parallelism, buffers);
        var (validatorTrust, ranks) = EpochWeights.Clip(weights, consensus, stakes.ActiveStake, parallelism);
        var bonds = new BondsMovingAverage(input, weights, stakes.ActiveStake, ranks.ToArray(), parallelism);
        var (trust, incentive) = EpochSteps.TrustAndIncentive(ranks, preranks);
        trace?.Vector("R (before)", preranks);
        trace?.Vector("C", consensus);
        trace?.Matrix("W (clipped)", weights.ToRows());
        trace?.Vector("Tv", validatorTrust);
        trace?.Vector("T", trust);
        trace?.Vector("I", incentive);

        var (ema, emaSums) = bonds.Compute(EpochSteps.Alpha(input.Hyperparameters.BondsMovingAverage), parallelism, buffers);
        var (dividends, emaMax) = EmaBonds.NormalizeColumns(ema, emaSums, incentive, parallelism);
        if (trace is not null)
        {
            trace.Matrix("B (mask+norm)", bonds.NormalizedBonds().ToRows());
            trace.Matrix("ΔB (norm)", bonds.NormalizedDelta().ToRows());
            trace.Matrix("emaB", ema.ToRows());
        }

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
        // Only rows that get a new permit are stored; a trace shows them all.
        var upscaled = EmaBonds.UpscaledRows(ema, emaMax, trace is null ? stakes.NewPermits : null);
        trace?.Matrix("emaB (max-upscale)", ema.ToRows());
        return EpochSteps.Finish(input, scores, upscaled, trace);
    }
}
