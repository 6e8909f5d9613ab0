using Finney.Consensus.Messages;

namespace Finney.Consensus.Votes;

/// <summary>
/// Checks evidence received from others before it is believed: two messages of one kind for the same
/// (height, round, and vote type), by the same member of the set, with different contents, both signed by that
/// member. Evidence that fails names someone who may be honest, so it is dropped.
/// </summary>
public static class EquivocationVerifier
{
    /// <summary>True when the evidence proves its validator equivocated in this set.</summary>
    public static bool IsProof(Equivocation evidence, ValidatorSet validators) => evidence switch
    {
        Equivocation.DuplicateVote votes => IsProof(votes.First, votes.Second, validators),
        Equivocation.DuplicateProposal proposals => IsProof(proposals.First, proposals.Second, validators),
        _ => false,
    };

    private static bool IsProof(SignedVote first, SignedVote second, ValidatorSet validators)
    {
        var (a, b) = (first.Vote, second.Vote);
        var index = a.ValidatorIndex;
        return a.Type == b.Type && a.Height == b.Height && a.Round == b.Round && a.Round >= 0
            && index == b.ValidatorIndex && index >= 0 && index < validators.Count
            && a.Value != b.Value
            && first.IsSignedBy(validators.KeyAt(index), validators.SetId)
            && second.IsSignedBy(validators.KeyAt(index), validators.SetId);
    }

    private static bool IsProof(SignedProposal first, SignedProposal second, ValidatorSet validators)
    {
        var (a, b) = (first.Proposal, second.Proposal);
        var index = a.ProposerIndex;
        return a.Height == b.Height && a.Round == b.Round && a.Round >= 0
            && index == b.ProposerIndex && index >= 0 && index < validators.Count
            && (a.Value != b.Value || a.PolRound != b.PolRound)
            && first.IsSignedBy(validators.KeyAt(index), validators.SetId)
            && second.IsSignedBy(validators.KeyAt(index), validators.SetId);
    }
}
