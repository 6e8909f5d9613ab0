using Finney.Primitives.FixedPoint;

namespace Finney.Runtime.Subtensor.Epoch;

/// <summary>The per-uid vectors an epoch has computed before emission and storage, shared by both variants.</summary>
internal sealed record EpochScores
{
    public required bool[] Active { get; init; }

    public required I32F32[] Stake { get; init; }

    public required I32F32[] ActiveStake { get; init; }

    public required bool[] NewPermits { get; init; }

    public required I32F32[] Consensus { get; init; }

    public required I32F32[] ValidatorTrust { get; init; }

    public required I32F32[] Trust { get; init; }

    public required I32F32[] Incentive { get; init; }

    public required I32F32[] Dividends { get; init; }
}
