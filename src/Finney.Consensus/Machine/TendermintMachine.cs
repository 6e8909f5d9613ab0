using Finney.Consensus.Messages;

namespace Finney.Consensus.Machine;

/// <summary>
/// Tendermint's consensus rules as a pure function <c>(state, input) → (state', outputs)</c>: no clock, no I/O, no
/// signatures. One arm per rule of Algorithm 1 ("The latest gossip on BFT consensus", Buchman, Kwon, Milosevic);
/// the line numbers in comments are the paper's. The driver feeds it aggregated inputs until none fires.
/// </summary>
public sealed class TendermintMachine(ValidatorSet validators, int selfIndex)
{
    /// <summary>Applies one input to the state.</summary>
    public MachineStep Apply(RoundState state, MachineInput input)
    {
        if (state.Step == RoundStep.Commit)
        {
            return MachineStep.Unchanged(state);
        }

        return input switch
        {
            MachineInput.StartRound start => start.Round > state.Round ? StartRound(state, start.Round) : MachineStep.Unchanged(state),
            MachineInput.ValueToPropose value => ProposeValue(state, value),
            MachineInput.Proposal proposal => PrevoteOnProposal(state, proposal.Value, proposal.IsValid),
            MachineInput.ProposalWithPolkaInPolRound proposal => PrevoteOnReproposal(state, proposal.Value, proposal.IsValid),
            MachineInput.PolkaAny polka => SchedulePrevoteTimeout(state, polka.Round),
            MachineInput.ProposalWithPolka proposal => LockOnPolka(state, proposal.Value),
            MachineInput.PolkaNil polka => PrecommitNil(state, polka.Round, RoundStep.Prevote),
            MachineInput.PrecommitAny precommits => SchedulePrecommitTimeout(state, precommits.Round),
            MachineInput.ProposalWithPrecommits proposal => Decide(state, proposal.Value),
            MachineInput.SkipRound skip => skip.Round > state.Round ? StartRound(state, skip.Round) : MachineStep.Unchanged(state),
            MachineInput.Timeout timeout => OnTimeout(state, timeout),
            _ => throw new ArgumentOutOfRangeException(nameof(input), input, "unknown machine input"),
        };
    }

    // Lines 10–21.
    private MachineStep StartRound(RoundState state, int round)
    {
        var next = state with { Round = round, Step = RoundStep.Propose, Flags = RoundFlags.None };
        if (validators.ProposerIndex(state.Height, round) != selfIndex)
        {
            return Fired(next, new MachineOutput.ScheduleTimeout(TimeoutKind.Propose, state.Height, round));
        }

        if (state.ValidValue is { } valid)
        {
            return Fired(next with { Flags = RoundFlags.Proposed }, new MachineOutput.Propose(state.Height, round, valid, state.ValidRound));
        }

        // getValue is asynchronous here (the node builds a block), so the propose timeout also covers a slow
        // builder: without a value in time we prevote nil like everyone else.
        return Fired(
            next,
            new MachineOutput.RequestValue(state.Height, round),
            new MachineOutput.ScheduleTimeout(TimeoutKind.Propose, state.Height, round));
    }

    private MachineStep ProposeValue(RoundState state, MachineInput.ValueToPropose value)
    {
        var isOurTurn = value.Round == state.Round && state.Step == RoundStep.Propose && !state.Flags.HasFlag(RoundFlags.Proposed)
            && validators.ProposerIndex(state.Height, state.Round) == selfIndex && state.ValidValue is null;
        return isOurTurn
            ? Fired(state with { Flags = state.Flags | RoundFlags.Proposed }, new MachineOutput.Propose(state.Height, state.Round, value.Value, -1))
            : MachineStep.Unchanged(state);
    }

    // Lines 22–27.
    private static MachineStep PrevoteOnProposal(RoundState state, Proposal proposal, bool isValid)
    {
        if (proposal.Round != state.Round || state.Step != RoundStep.Propose || proposal.PolRound != -1)
        {
            return MachineStep.Unchanged(state);
        }

        var acceptable = isValid && (state.LockedRound == -1 || state.LockedValue == proposal.Value);
        return Prevote(state, acceptable ? proposal.Value : null);
    }

    // Lines 28–33: the caller has checked the 2f+1 prevotes for the value in PolRound.
    private static MachineStep PrevoteOnReproposal(RoundState state, Proposal proposal, bool isValid)
    {
        if (proposal.Round != state.Round || state.Step != RoundStep.Propose
            || proposal.PolRound < 0 || proposal.PolRound >= state.Round)
        {
            return MachineStep.Unchanged(state);
        }

        var acceptable = isValid && (state.LockedRound <= proposal.PolRound || state.LockedValue == proposal.Value);
        return Prevote(state, acceptable ? proposal.Value : null);
    }

    // Lines 34–35.
    private static MachineStep SchedulePrevoteTimeout(RoundState state, int round)
    {
        if (round != state.Round || state.Step != RoundStep.Prevote || state.Flags.HasFlag(RoundFlags.PrevoteTimeoutScheduled))
        {
            return MachineStep.Unchanged(state);
        }

        return Fired(
            state with { Flags = state.Flags | RoundFlags.PrevoteTimeoutScheduled },
            new MachineOutput.ScheduleTimeout(TimeoutKind.Prevote, state.Height, round));
    }

    // Lines 36–43: lock only when still in the prevote step; record the valid value in any case.
    private static MachineStep LockOnPolka(RoundState state, Proposal proposal)
    {
        if (proposal.Round != state.Round || state.Step < RoundStep.Prevote || state.Flags.HasFlag(RoundFlags.PolkaForProposalSeen))
        {
            return MachineStep.Unchanged(state);
        }

        var next = state with
        {
            ValidValue = proposal.Value,
            ValidRound = state.Round,
            Flags = state.Flags | RoundFlags.PolkaForProposalSeen,
        };
        if (state.Step != RoundStep.Prevote)
        {
            return Fired(next);
        }

        return Fired(
            next with { LockedValue = proposal.Value, LockedRound = state.Round, Step = RoundStep.Precommit },
            new MachineOutput.CastVote(VoteType.Precommit, state.Height, state.Round, proposal.Value));
    }

    // Lines 44–46 (2f+1 nil prevotes) and 61–64 (prevote timeout): precommit nil.
    private static MachineStep PrecommitNil(RoundState state, int round, RoundStep requiredStep)
    {
        if (round != state.Round || state.Step != requiredStep)
        {
            return MachineStep.Unchanged(state);
        }

        return Fired(
            state with { Step = RoundStep.Precommit },
            new MachineOutput.CastVote(VoteType.Precommit, state.Height, round, null));
    }

    // Lines 47–48.
    private static MachineStep SchedulePrecommitTimeout(RoundState state, int round)
    {
        if (round != state.Round || state.Flags.HasFlag(RoundFlags.PrecommitTimeoutScheduled))
        {
            return MachineStep.Unchanged(state);
        }

        return Fired(
            state with { Flags = state.Flags | RoundFlags.PrecommitTimeoutScheduled },
            new MachineOutput.ScheduleTimeout(TimeoutKind.Precommit, state.Height, round));
    }

    // Lines 49–54: any round; the caller has checked validity and the 2f+1 precommits. Starting the next height
    // is the driver's job, once the node has committed the block.
    private static MachineStep Decide(RoundState state, Proposal proposal) =>
        Fired(
            state with { Step = RoundStep.Commit, Decision = proposal.Value },
            new MachineOutput.Decide(state.Height, proposal.Round, proposal.Value));

    // Lines 57–67.
    private MachineStep OnTimeout(RoundState state, MachineInput.Timeout timeout)
    {
        if (timeout.Round != state.Round)
        {
            return MachineStep.Unchanged(state);
        }

        return timeout.Kind switch
        {
            TimeoutKind.Propose when state.Step == RoundStep.Propose => Prevote(state, null),
            TimeoutKind.Prevote => PrecommitNil(state, timeout.Round, RoundStep.Prevote),
            TimeoutKind.Precommit => StartRound(state, state.Round + 1),
            _ => MachineStep.Unchanged(state),
        };
    }

    private static MachineStep Prevote(RoundState state, BlockHash? value) =>
        Fired(
            state with { Step = RoundStep.Prevote },
            new MachineOutput.CastVote(VoteType.Prevote, state.Height, state.Round, value));

    private static MachineStep Fired(RoundState state, params MachineOutput[] outputs) => new(state, outputs, true);
}
