using Finney.Consensus.Commits;
using Finney.Consensus.Machine;
using Finney.Consensus.Messages;
using Finney.Consensus.Signing;
using Finney.Consensus.Votes;

namespace Finney.Consensus.Driver;

/// <summary>What the driver asks the node to do, in order.</summary>
public abstract record ConsensusEffect
{
    private ConsensusEffect()
    {
    }

    /// <summary>Send our signed proposal to all peers (the node attaches the block).</summary>
    public sealed record BroadcastProposal(SignedProposal Proposal) : ConsensusEffect;

    /// <summary>Send our signed vote to all peers.</summary>
    public sealed record BroadcastVote(SignedVote Vote) : ConsensusEffect;

    /// <summary>Feed <see cref="ConsensusInput.TimeoutElapsed"/> back after <paramref name="After"/>.</summary>
    public sealed record ScheduleTimeout(TimeoutKind Kind, uint Height, int Round, TimeSpan After) : ConsensusEffect;

    /// <summary>Build a block for our proposal and feed it back as <see cref="ConsensusInput.ValueReady"/>.</summary>
    public sealed record RequestValue(uint Height, int Round) : ConsensusEffect;

    /// <summary>The height is decided; commit the block with this commit as its justification, then start the next height.</summary>
    public sealed record Decided(Commit Commit) : ConsensusEffect;

    /// <summary>A validator equivocated; record the evidence.</summary>
    public sealed record EquivocationDetected(Equivocation Evidence) : ConsensusEffect;

    /// <summary>The signing guard refused a message the machine wanted to send (only after a crash lost WAL records).</summary>
    public sealed record SigningRefused(uint Height, int Round, SignStep Step, SigningRefusal Refusal) : ConsensusEffect;
}
