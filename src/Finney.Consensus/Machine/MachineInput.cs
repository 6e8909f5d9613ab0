using Finney.Consensus.Messages;

namespace Finney.Consensus.Machine;

/// <summary>
/// An event the state machine reacts to, already aggregated by the driver (Malachite's design): the driver
/// counts votes and joins them with proposals; the machine only applies Algorithm 1's rules. Each record names
/// the lines it triggers. Inputs whose guards do not hold leave the state unchanged.
/// </summary>
public abstract record MachineInput
{
    private MachineInput()
    {
    }

    /// <summary>Lines 10–21: start a round (round 0 of a new height, after a precommit timeout, or a skip).</summary>
    public sealed record StartRound(int Round) : MachineInput;

    /// <summary>The application's value for our own proposal in <paramref name="Round"/> (getValue, line 18).</summary>
    public sealed record ValueToPropose(int Round, BlockHash Value) : MachineInput;

    /// <summary>Line 22: the round's proposal with no proof-of-lock round.</summary>
    public sealed record Proposal(Messages.Proposal Value, bool IsValid) : MachineInput;

    /// <summary>Line 28: the round's proposal re-proposing a value with 2f+1 prevotes in its earlier PolRound.</summary>
    public sealed record ProposalWithPolkaInPolRound(Messages.Proposal Value, bool IsValid) : MachineInput;

    /// <summary>Line 34: 2f+1 prevotes of any kind in the current round.</summary>
    public sealed record PolkaAny(int Round) : MachineInput;

    /// <summary>Line 36: the current round's valid proposal and 2f+1 prevotes for its value.</summary>
    public sealed record ProposalWithPolka(Messages.Proposal Value) : MachineInput;

    /// <summary>Line 44: 2f+1 nil prevotes in the current round.</summary>
    public sealed record PolkaNil(int Round) : MachineInput;

    /// <summary>Line 47: 2f+1 precommits of any kind in the current round.</summary>
    public sealed record PrecommitAny(int Round) : MachineInput;

    /// <summary>Line 49: a valid proposal of any round and 2f+1 precommits for its value in that round.</summary>
    public sealed record ProposalWithPrecommits(Messages.Proposal Value) : MachineInput;

    /// <summary>Line 55: f+1 validators sent messages in a round above ours.</summary>
    public sealed record SkipRound(int Round) : MachineInput;

    /// <summary>Lines 57, 61, 65: a scheduled timeout of the current height elapsed.</summary>
    public sealed record Timeout(TimeoutKind Kind, int Round) : MachineInput;
}
