namespace Finney.Consensus.Votes;

/// <summary>What the vote keeper did with a vote.</summary>
public enum AddVoteOutcome : byte
{
    /// <summary>A new vote, now counted.</summary>
    Added = 0,

    /// <summary>The same vote was already counted.</summary>
    Duplicate = 1,

    /// <summary>The validator had already voted differently; each vote counts for its own value and evidence is returned.</summary>
    Equivocation = 2,
}
