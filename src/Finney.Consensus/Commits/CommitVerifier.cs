using Finney.Consensus.Messages;
using Finney.Primitives.Crypto.Ed25519;

namespace Finney.Consensus.Commits;

/// <summary>
/// The light-client check of a commit: every precommit is a valid ed25519 signature of a distinct member of the
/// authority set over GRANDPA's precommit payload, and there are at least n − f of them.
/// </summary>
public static class CommitVerifier
{
    /// <summary>Checks a commit against the authority set it claims.</summary>
    public static CommitVerification Verify(Commit commit, ValidatorSet validators)
    {
        if (commit.SetId != validators.SetId)
        {
            return CommitVerification.WrongSetId;
        }

        var signBytes = commit.PrecommitSignBytes();
        var signed = new bool[validators.Count];
        foreach (var precommit in commit.Precommits)
        {
            var index = validators.IndexOf(precommit.PublicKey);
            if (index < 0)
            {
                return CommitVerification.UnknownValidator;
            }

            if (signed[index])
            {
                return CommitVerification.DuplicateValidator;
            }

            if (!Ed25519Keypair.Verify(precommit.PublicKey, signBytes, precommit.Signature))
            {
                return CommitVerification.BadSignature;
            }

            signed[index] = true;
        }

        return commit.Precommits.Count >= validators.Quorum ? CommitVerification.Valid : CommitVerification.NoQuorum;
    }
}
