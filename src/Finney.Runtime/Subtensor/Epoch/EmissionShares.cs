using Finney.Primitives.FixedPoint;

namespace Finney.Runtime.Subtensor.Epoch;

/// <summary>Normalised server, validator and combined emission shares (<c>nSE</c>, <c>nVE</c>, <c>nCE</c>).</summary>
internal sealed record EmissionShares(I32F32[] Server, I32F32[] Validator, I32F32[] Combined)
{
    /// <summary>
    /// Incentive and dividends are both divided by Σ(I + D); the combined share is (I + D) normalised on its own.
    /// When Σ(I + D) is zero (no weights, outdated weights, only self-weights) validators and the combined share fall
    /// back to active stake, or to stake when no stake is active; the server share stays as it was.
    /// </summary>
    public static EmissionShares Compute(EpochScores scores)
    {
        int n = scores.Incentive.Length;
        var combined = new I32F32[n];
        for (int i = 0; i < n; i++)
        {
            combined[i] = scores.Incentive[i] + scores.Dividends[i];
        }

        var sum = EpochVectors.Sum(combined);
        var server = scores.Incentive.ToArray();
        var validator = scores.Dividends.ToArray();
        EpochVectors.NormalizeUsingSum(server, sum);
        EpochVectors.NormalizeUsingSum(validator, sum);
        EpochVectors.Normalize(combined);
        if (sum == I32F32.Zero)
        {
            var fallback = EpochVectors.IsZero(scores.Stakes.ActiveStake) ? scores.Stakes.Stake : scores.Stakes.ActiveStake;
            validator = fallback.ToArray();
            combined = fallback.ToArray();
        }

        return new EmissionShares(server, validator, combined);
    }

    /// <summary>Each share times the emission: ⌊I96F32(share) · I96F32(E)⌋ as u64.</summary>
    public static ulong[] ToRao(ReadOnlySpan<I32F32> shares, ulong raoEmission)
    {
        var emission = I96F32.FromUInt64(raoEmission);
        var result = new ulong[shares.Length];
        for (int i = 0; i < shares.Length; i++)
        {
            result[i] = (I96F32.FromFixed(shares[i]) * emission).ToUInt64();
        }

        return result;
    }
}
