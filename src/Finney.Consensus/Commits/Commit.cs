using Finney.Consensus.Messages;

namespace Finney.Consensus.Commits;

/// <summary>
/// The proof that a height is decided: 2f+1 precommits for (block hash, number) in one round of one authority
/// set. It is exactly a GRANDPA commit, so <see cref="GrandpaJustificationCodec"/> turns it into a justification
/// that Substrate light clients and warp sync verify; <see cref="CommitVerifier"/> checks it here.
/// </summary>
public sealed record Commit(uint Height, int Round, BlockHash Value, ulong SetId, IReadOnlyList<CommitSignature> Precommits)
{
    /// <summary>The GRANDPA round its precommits were signed in.</summary>
    public ulong GrandpaRound => SignedPayload.GrandpaRound(Height, Round);

    /// <summary>The bytes every precommit of this commit signs.</summary>
    public byte[] PrecommitSignBytes() => SignedPayload.ForVote(VoteType.Precommit, Value, Height, Round, SetId);
}
