using Finney.Consensus.Machine;
using Finney.Consensus.Messages;
using Finney.Consensus.Votes;

namespace Finney.Consensus.Driver;

/// <summary>
/// The machine inputs whose evidence is present in the votes and proposals of the height: Malachite's
/// "threshold events", recomputed after every change instead of emitted once, because the machine's guards and
/// flags already make each rule fire at most once. Order: decisions first (line 49), then round skips (55),
/// then the current round's proposal rules (22, 28, 36), polkas (44, 34) and precommits (47).
/// </summary>
internal static class ReadyInputs
{
    /// <summary>Candidate inputs for the state, in a fixed order; the driver applies the first that fires.</summary>
    public static IEnumerable<MachineInput> For(RoundState state, VoteKeeper keeper, ProposalBook proposals)
    {
        foreach (var round in keeper.Rounds)
        {
            foreach (var value in keeper.ValuesWithQuorum(round, VoteType.Precommit))
            {
                foreach (var (signed, isValid) in proposals.InRound(round))
                {
                    if (isValid && signed.Proposal.Value == value)
                    {
                        yield return new MachineInput.ProposalWithPrecommits(signed.Proposal);
                    }
                }
            }
        }

        var skipTo = keeper.Rounds.Where(r => r > state.Round && keeper.HasSkipQuorum(r)).DefaultIfEmpty(-1).Max();
        if (skipTo > state.Round)
        {
            yield return new MachineInput.SkipRound(skipTo);
        }

        var current = state.Round;
        foreach (var (signed, isValid) in proposals.InRound(current))
        {
            var proposal = signed.Proposal;
            if (proposal.PolRound == -1)
            {
                yield return new MachineInput.Proposal(proposal, isValid);
            }
            else if (proposal.PolRound < current && keeper.HasQuorumFor(proposal.PolRound, VoteType.Prevote, proposal.Value))
            {
                yield return new MachineInput.ProposalWithPolkaInPolRound(proposal, isValid);
            }

            if (isValid && keeper.HasQuorumFor(current, VoteType.Prevote, proposal.Value))
            {
                yield return new MachineInput.ProposalWithPolka(proposal);
            }
        }

        if (keeper.HasQuorumForNil(current, VoteType.Prevote))
        {
            yield return new MachineInput.PolkaNil(current);
        }

        if (keeper.HasQuorumOfAny(current, VoteType.Prevote))
        {
            yield return new MachineInput.PolkaAny(current);
        }

        if (keeper.HasQuorumOfAny(current, VoteType.Precommit))
        {
            yield return new MachineInput.PrecommitAny(current);
        }
    }
}
