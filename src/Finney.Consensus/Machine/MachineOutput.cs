using Finney.Consensus.Messages;

namespace Finney.Consensus.Machine;

/// <summary>What the state machine asks its driver to do; the driver signs, persists, sends and schedules.</summary>
public abstract record MachineOutput
{
    private MachineOutput()
    {
    }

    /// <summary>Ask the application for a value to propose in this round (line 18).</summary>
    public sealed record RequestValue(uint Height, int Round) : MachineOutput;

    /// <summary>Sign and broadcast our proposal (line 19).</summary>
    public sealed record Propose(uint Height, int Round, BlockHash Value, int PolRound) : MachineOutput;

    /// <summary>Sign and broadcast a vote; a null value is nil.</summary>
    public sealed record CastVote(VoteType Type, uint Height, int Round, BlockHash? Value) : MachineOutput;

    /// <summary>Schedule a timeout of this kind for (height, round).</summary>
    public sealed record ScheduleTimeout(TimeoutKind Kind, uint Height, int Round) : MachineOutput;

    /// <summary>The height is decided: the value proposed and precommitted by 2f+1 in <paramref name="Round"/>.</summary>
    public sealed record Decide(uint Height, int Round, BlockHash Value) : MachineOutput;
}
