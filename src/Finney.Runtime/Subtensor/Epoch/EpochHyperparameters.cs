namespace Finney.Runtime.Subtensor.Epoch;

/// <summary>The subnet hyperparameters the epoch reads, with subtensor's storage types.</summary>
/// <param name="Kappa">Consensus majority ratio as u16 (<c>Kappa</c>); 32_767 ≈ 0.5.</param>
/// <param name="BondsMovingAverage">Bonds EMA retention in millionths (<c>BondsMovingAverage</c>); 900_000 keeps 90 %.</param>
/// <param name="MaxAllowedValidators">How many top-stake uids get a validator permit (<c>MaxAllowedValidators</c>).</param>
/// <param name="ActivityCutoff">Blocks after the last weights update before a uid counts as inactive (<c>ActivityCutoff</c>).</param>
public sealed record EpochHyperparameters(ushort Kappa, ulong BondsMovingAverage, ushort MaxAllowedValidators, ushort ActivityCutoff)
{
    /// <summary>The runtime defaults of the reference commit: κ 32_767, BMA 900_000, 128 validators, cutoff 5000.</summary>
    public static EpochHyperparameters Default { get; } = new(32_767, 900_000, 128, 5000);
}
