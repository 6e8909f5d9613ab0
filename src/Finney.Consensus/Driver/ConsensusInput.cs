using Finney.Consensus.Commits;
using Finney.Consensus.Machine;
using Finney.Consensus.Messages;

namespace Finney.Consensus.Driver;

/// <summary>
/// Everything that happens to a validator's consensus from outside. The driver is a deterministic function of
/// the sequence of these since the last <see cref="StartHeight"/>, which is why the WAL records exactly them.
/// </summary>
public abstract record ConsensusInput
{
    private ConsensusInput()
    {
    }

    /// <summary>The node committed the previous height; run consensus for this one with this set.</summary>
    public sealed record StartHeight(uint Height, ValidatorSet Validators) : ConsensusInput;

    /// <summary>A signed proposal arrived; <paramref name="IsValid"/> is the node's verdict on the block it names.</summary>
    public sealed record ReceiveProposal(SignedProposal Proposal, bool IsValid) : ConsensusInput;

    /// <summary>A signed vote arrived (possibly our own, relayed back).</summary>
    public sealed record ReceiveVote(SignedVote Vote) : ConsensusInput;

    /// <summary>A peer sent the commit of our current height (catch-up): decide from it if it verifies.</summary>
    public sealed record ReceiveCommit(Commit Commit) : ConsensusInput;

    /// <summary>A timeout the driver scheduled has elapsed.</summary>
    public sealed record TimeoutElapsed(TimeoutKind Kind, uint Height, int Round) : ConsensusInput;

    /// <summary>The block the node built for our proposal in (height, round).</summary>
    public sealed record ValueReady(uint Height, int Round, BlockHash Value) : ConsensusInput;
}
