namespace Finney.Consensus.Commits;

/// <summary>Why a commit was accepted or refused.</summary>
public enum CommitVerification : byte
{
    /// <summary>2f+1 distinct validators of the set signed the precommit.</summary>
    Valid = 0,

    /// <summary>Signed for another authority set id.</summary>
    WrongSetId = 1,

    /// <summary>A signer is not in the validator set.</summary>
    UnknownValidator = 2,

    /// <summary>A validator appears twice.</summary>
    DuplicateValidator = 3,

    /// <summary>A signature does not verify.</summary>
    BadSignature = 4,

    /// <summary>Fewer than 2f+1 signatures.</summary>
    NoQuorum = 5,
}
