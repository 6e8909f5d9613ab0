using Finney.Consensus.Messages;

namespace Finney.Consensus.Votes;

/// <summary>
/// Proof that a validator signed two different messages for one (height, round, kind): both signed messages,
/// each verifiable against the validator set. Honest validators never produce one, even across restarts.
/// </summary>
public abstract record Equivocation
{
    private Equivocation()
    {
    }

    /// <summary>Index in the validator set of the equivocating validator.</summary>
    public abstract int ValidatorIndex { get; }

    /// <summary>Two different prevotes, or two different precommits, for one (height, round).</summary>
    public sealed record DuplicateVote(SignedVote First, SignedVote Second) : Equivocation
    {
        /// <inheritdoc />
        public override int ValidatorIndex => First.Vote.ValidatorIndex;
    }

    /// <summary>Two different proposals by the proposer of one (height, round).</summary>
    public sealed record DuplicateProposal(SignedProposal First, SignedProposal Second) : Equivocation
    {
        /// <inheritdoc />
        public override int ValidatorIndex => First.Proposal.ProposerIndex;
    }
}
