namespace Finney.Runtime.Subtensor.Epoch;

/// <summary>
/// The dense variant of <see cref="YumaConsensus"/> (subtensor's <c>epoch_dense</c>, used by its tests): the same
/// pipeline on n×n matrices. Its numbers equal the sparse variant's; only the stored bonds rows differ in form,
/// listing every column (zeros included) instead of the positive EMA entries.
/// </summary>
public static class YumaConsensusDense
{
    /// <summary>Runs one epoch on dense matrices; memory and time grow with n².</summary>
    /// <param name="input">The epoch's input.</param>
    /// <param name="trace">Optional sink for intermediate vectors.</param>
    /// <returns>The stored outputs, bonds rows listing all n columns for permitted uids.</returns>
    public static EpochOutput Run(EpochInput input, IEpochTrace? trace = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        input.Validate();
        var stakes = EpochSteps.Stakes(input, trace);
        var activeStake = stakes.ActiveStake;

        var weights = DenseMatrix.Load(input.Weights, input.LastUpdate, input.BlockAtRegistration, EpochVectors.Not(input.ValidatorPermit));
        DenseMatrix.NormalizeRows(weights);
        var preranks = DenseMatrix.MultiplyLeft(weights, activeStake);
        var consensus = Consensus.Dense(weights, activeStake, EpochSteps.Kappa(input.Hyperparameters.Kappa));
        DenseMatrix.ClipColumns(weights, consensus);
        var validatorTrust = DenseMatrix.RowSums(weights);
        var (trust, incentive) = EpochSteps.TrustAndIncentive(DenseMatrix.MultiplyLeft(weights, activeStake), preranks);

        var bonds = DenseMatrix.Load(input.Bonds, input.LastUpdate, input.BlockAtRegistration, []);
        DenseMatrix.NormalizeColumns(bonds);
        var delta = DenseMatrix.ScaleRows(weights, activeStake);
        DenseMatrix.NormalizeColumns(delta);
        var ema = DenseMatrix.MovingAverage(delta, bonds, EpochSteps.Alpha(input.Hyperparameters.BondsMovingAverage));
        DenseMatrix.NormalizeColumns(ema);
        var dividends = DenseMatrix.MultiplyRight(ema, incentive);
        EpochVectors.Normalize(dividends);
        trace?.Vector("C", consensus);
        trace?.Vector("I", incentive);
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
        DenseMatrix.UpscaleColumnsToMax(ema);
        var rows = ema.Select(row => row.Select((value, j) => new SparseEntry((ushort)j, U16Proportion.FromFixed(value))).ToArray()).ToArray();
        return EpochSteps.Finish(input, scores, rows, trace);
    }
}
