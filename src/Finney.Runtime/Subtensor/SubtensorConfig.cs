namespace Finney.Runtime.Subtensor;

/// <summary>
/// The runtime defaults of subtensor's Finney-era runtime (<c>runtime/src/lib.rs</c> at the reference commit):
/// what a subnet's hyperparameter reads as until sudo sets it. Each is also the storage item's metadata default.
/// </summary>
public static class SubtensorConfig
{
    /// <summary>One TAO in RAO.</summary>
    public const ulong Tao = 1_000_000_000;

    /// <summary>The u16 fixed-point denominator subtensor uses for proportions (65,535 = 1).</summary>
    public const ushort U16Max = ushort.MaxValue;

    /// <summary>Consensus steepness; read by nothing since the weighted median replaced the sigmoid.</summary>
    public const ushort Rho = 10;

    /// <summary>Stake share that defines consensus (32,767 ≈ 0.5).</summary>
    public const ushort Kappa = 32_767;

    /// <summary>Maximum UIDs per subnet (sudo can raise it up to 65,535).</summary>
    public const ushort MaxAllowedUids = 4096;

    /// <summary>Minimum number of weights a validator must set.</summary>
    public const ushort MinAllowedWeights = 1024;

    /// <summary>Per-subnet emission in RAO per block until sudo sets it.</summary>
    public const ulong EmissionValue = 0;

    /// <summary>Largest normalised weight a validator may put on one UID, in u16 (1000 ≈ 1.5 %).</summary>
    public const ushort MaxWeightsLimit = 1000;

    /// <summary>Validator permits per subnet (top stakes).</summary>
    public const ushort MaxAllowedValidators = 128;

    /// <summary>Blocks between epochs, plus one.</summary>
    public const ushort Tempo = 99;

    /// <summary>Initial PoW difficulty.</summary>
    public const ulong Difficulty = 10_000_000;

    /// <summary>Lower bound of the PoW difficulty.</summary>
    public const ulong MinDifficulty = 10_000_000;

    /// <summary>Upper bound of the PoW difficulty (<c>u64::MAX / 4</c>).</summary>
    public const ulong MaxDifficulty = ulong.MaxValue / 4;

    /// <summary>Blocks between difficulty and burn adjustments.</summary>
    public const ushort AdjustmentInterval = 100;

    /// <summary>Weight of the old value in the difficulty/burn adjustment, as a fraction of <c>u64::MAX</c>.</summary>
    public const ulong AdjustmentAlpha = 0;

    /// <summary>Registrations per adjustment interval the adjustment aims at.</summary>
    public const ushort TargetRegistrationsPerInterval = 2;

    /// <summary>Blocks a new registration is protected from being replaced.</summary>
    public const ushort ImmunityPeriod = 4096;

    /// <summary>Blocks without a weights update after which a UID counts as inactive.</summary>
    public const ushort ActivityCutoff = 5000;

    /// <summary>Registrations allowed per subnet per block.</summary>
    public const ushort MaxRegistrationsPerBlock = 1;

    /// <summary>Bonds EMA retention in millionths.</summary>
    public const ulong BondsMovingAverage = 900_000;

    /// <summary>Minimum validator software version for set_weights (0: any).</summary>
    public const ulong WeightsVersionKey = 0;

    /// <summary>Blocks between two weight settings of one UID.</summary>
    public const ulong WeightsSetRateLimit = 100;

    /// <summary>Blocks between two axon or prometheus announcements of one hotkey.</summary>
    public const ulong ServingRateLimit = 50;

    /// <summary>Initial recycle cost of a burned registration, in RAO.</summary>
    public const ulong Burn = Tao;

    /// <summary>Lower bound of the burn cost, in RAO.</summary>
    public const ulong MinBurn = Tao;

    /// <summary>Upper bound of the burn cost, in RAO.</summary>
    public const ulong MaxBurn = 100 * Tao;

    /// <summary>The take a new delegate gets (11,796 / 65,535 ≈ 18 %).</summary>
    public const ushort DefaultTake = 11_796;

    /// <summary>Blocks a coldkey must wait between stake and delegate transactions (inclusive).</summary>
    public const ulong TxRateLimit = 1000;

    /// <summary>Unused on chain; kept as a hyperparameter.</summary>
    public const ulong ValidatorPruneLen = 1;

    /// <summary>Unused on chain; kept as a hyperparameter (at most 100).</summary>
    public const ushort ScalingLawPower = 50;

    /// <summary>Senate stake requirement in percent.</summary>
    public const ulong SenateRequiredStakePercentage = 1;

    /// <summary>The full-rate block emission before any halving (1 TAO per block).</summary>
    public const ulong InitialBlockEmission = Tao;

    /// <summary>The TAO supply cap in RAO (21 M TAO).</summary>
    public const ulong TotalSupply = 21_000_000 * Tao;
}
