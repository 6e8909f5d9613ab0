using Finney.Primitives.FixedPoint;

namespace Finney.Runtime.Subtensor.Epoch;

/// <summary>The per-uid vectors an epoch has computed before emission and storage, shared by both variants.</summary>
internal sealed record EpochScores
{
    public required StakeState Stakes { get; init; }

    public required I32F32[] Consensus { get; init; }

    public required I32F32[] ValidatorTrust { get; init; }

    public required I32F32[] Trust { get; init; }

    public required I32F32[] Incentive { get; init; }

    public required I32F32[] Dividends { get; init; }
}

/// <summary>Steps 1–4: activity, normalised stake, the new permits and the active stake.</summary>
internal sealed record StakeState(bool[] Active, I32F32[] Stake, bool[] NewPermits, I32F32[] ActiveStake);
