namespace Finney.Consensus.Votes;

/// <summary>What the vote keeper did with a vote.</summary>
public enum AddVoteOutcome : byte
{
    /// <summary>A new vote, now counted.</summary>
    Added = 0,

    /// <summary>The same vote was already counted.</summary>
    Duplicate = 1,

    /// <summary>The validator had already voted differently; the first vote stays counted and evidence is returned.</summary>
    Equivocation = 2,
}
