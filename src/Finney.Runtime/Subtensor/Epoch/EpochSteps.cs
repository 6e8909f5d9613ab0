using Finney.Primitives.FixedPoint;

namespace Finney.Runtime.Subtensor.Epoch;

/// <summary>The epoch's steps that do not touch the weights or bonds matrices, shared by the sparse and dense variants.</summary>
internal static class EpochSteps
{
    /// <summary>Step 1: a uid is active unless last_update + activity_cutoff &lt; now (the u64 sum wraps, as in release).</summary>
    public static bool[] ActiveFlags(EpochInput input)
    {
        var active = new bool[input.NeuronCount];
        ulong cutoff = input.Hyperparameters.ActivityCutoff;
        for (int i = 0; i < active.Length; i++)
        {
            active[i] = !(unchecked(input.LastUpdate[i] + cutoff) < input.CurrentBlock);
        }

        return active;
    }

    /// <summary>Steps 1–4 for both variants: activity, stake, new permits (top-k by stake) and active stake.</summary>
    public static StakeState Stakes(EpochInput input, IEpochTrace? trace)
    {
        var active = ActiveFlags(input);
        var stake = EpochVectors.NormalizeStake(input.Stake);
        var newPermits = EpochVectors.IsTopK(stake, input.Hyperparameters.MaxAllowedValidators);
        var activeStake = EpochVectors.ActiveStake(stake, active, input.ValidatorPermit);
        trace?.Flags("Active", active);
        trace?.Vector("S", stake);
        trace?.Flags("new_validator_permits", newPermits);
        trace?.Vector("S (active)", activeStake);
        return new StakeState(active, stake, newPermits, activeStake);
    }

    /// <summary><c>get_float_kappa</c>: κ / 65535 in <c>I32F32</c>.</summary>
    public static I32F32 Kappa(ushort kappa) => I32F32.FromUInt64(kappa) / I32F32.FromUInt64(ushort.MaxValue);

    /// <summary>EMA weight of the new bonds: 1 − I32F32(I64F64(bonds_moving_average) / 10^6).</summary>
    public static I32F32 Alpha(ulong bondsMovingAverage) =>
        I32F32.One - I32F32.FromFixed(I64F64.FromUInt64(bondsMovingAverage) / I64F64.FromUInt64(1_000_000));

    /// <summary>Step 10: trust = ranks / preranks, and ranks normalised into incentive.</summary>
    public static (I32F32[] Trust, I32F32[] Incentive) TrustAndIncentive(I32F32[] ranks, I32F32[] preranks)
    {
        var trust = EpochVectors.Divide(ranks, preranks);
        EpochVectors.Normalize(ranks);
        return (trust, ranks);
    }

    /// <summary>Steps 15–17: emission shares and amounts, then every stored vector, bonds by permit.</summary>
    /// <param name="input">The epoch's input (emission, old permits, old bonds).</param>
    /// <param name="scores">The computed vectors.</param>
    /// <param name="upscaledBonds">Each uid's new bonds row (column max-upscaled EMA as u16), used where permitted.</param>
    /// <param name="trace">Optional trace sink.</param>
    public static EpochOutput Finish(EpochInput input, EpochScores scores, SparseEntry[][] upscaledBonds, IEpochTrace? trace)
    {
        var shares = EmissionShares.Compute(scores);
        trace?.Vector("nSE", shares.Server);
        trace?.Vector("nVE", shares.Validator);
        trace?.Vector("nCE", shares.Combined);
        int n = input.NeuronCount;
        var bonds = new SparseEntry[n][];
        var written = new bool[n];
        for (int i = 0; i < n; i++)
        {
            written[i] = scores.Stakes.NewPermits[i] || input.ValidatorPermit[i];
            bonds[i] = scores.Stakes.NewPermits[i] ? upscaledBonds[i] : written[i] ? [] : input.Bonds[i];
        }

        var incentive = EpochVectors.ToU16Proportions(scores.Incentive);
        return new EpochOutput
        {
            Active = scores.Stakes.Active,
            Emission = EmissionShares.ToRao(shares.Combined, input.RaoEmission),
            ServerEmission = EmissionShares.ToRao(shares.Server, input.RaoEmission),
            ValidatorEmission = EmissionShares.ToRao(shares.Validator, input.RaoEmission),
            Rank = incentive,
            Trust = EpochVectors.ToU16Proportions(scores.Trust),
            Consensus = EpochVectors.ToU16Proportions(scores.Consensus),
            Incentive = incentive.ToArray(),
            Dividends = EpochVectors.ToU16Proportions(scores.Dividends),
            ValidatorTrust = EpochVectors.ToU16Proportions(scores.ValidatorTrust),
            PruningScores = U16Proportion.MaxUpscale(shares.Combined),
            ValidatorPermit = scores.Stakes.NewPermits,
            Bonds = bonds,
            BondsWritten = written,
        };
    }
}
