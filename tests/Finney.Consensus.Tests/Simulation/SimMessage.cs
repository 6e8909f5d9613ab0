using Finney.Consensus.Commits;
using Finney.Consensus.Messages;

namespace Finney.Consensus.Tests.Simulation;

/// <summary>What simulated nodes send each other: consensus messages, status for catch-up, and commits (block sync).</summary>
public abstract record SimMessage
{
    public sealed record ProposalMessage(SignedProposal Proposal) : SimMessage;

    public sealed record VoteMessage(SignedVote Vote) : SimMessage;

    /// <summary>"I am deciding this height": peers further on answer with the commits the sender lacks.</summary>
    public sealed record Status(uint Height) : SimMessage;

    /// <summary>Consecutive commits from the receiver's height on, as block sync would deliver them.</summary>
    public sealed record Commits(IReadOnlyList<Commit> InOrder) : SimMessage;
}
