using Finney.Consensus.Machine;

namespace Finney.Consensus.Driver;

/// <summary>
/// Timeout durations, growing linearly with the round (<c>base + round × delta</c>) so that after the network
/// stabilizes some round is long enough for every honest message to arrive. Defaults are CometBFT's.
/// </summary>
public sealed record ConsensusTimeouts
{
    /// <summary>Propose timeout at round 0. Default 3 s.</summary>
    public TimeSpan Propose { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Prevote timeout at round 0. Default 1 s.</summary>
    public TimeSpan Prevote { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Precommit timeout at round 0. Default 1 s.</summary>
    public TimeSpan Precommit { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Added to every timeout per round. Default 0.5 s.</summary>
    public TimeSpan DeltaPerRound { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Readable problems with these settings; empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Propose <= TimeSpan.Zero || Prevote <= TimeSpan.Zero || Precommit <= TimeSpan.Zero)
        {
            problems.Add($"consensus timeouts must be positive (propose {Propose}, prevote {Prevote}, precommit {Precommit})");
        }

        // Without growth, a network whose delays exceed the timeouts never gets a long enough round.
        if (DeltaPerRound <= TimeSpan.Zero)
        {
            problems.Add($"the per-round timeout increase must be positive (got {DeltaPerRound})");
        }

        return problems;
    }

    /// <summary>The duration of a timeout in a round.</summary>
    public TimeSpan For(TimeoutKind kind, int round)
    {
        var initial = kind switch
        {
            TimeoutKind.Propose => Propose,
            TimeoutKind.Prevote => Prevote,
            _ => Precommit,
        };
        return initial + TimeSpan.FromTicks(DeltaPerRound.Ticks * round);
    }
}
