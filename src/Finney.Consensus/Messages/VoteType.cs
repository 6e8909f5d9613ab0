namespace Finney.Consensus.Messages;

/// <summary>The two Tendermint votes; the values are GRANDPA's <c>Message</c> variant indices, which lead the signed payload.</summary>
public enum VoteType : byte
{
    /// <summary>First vote of a round: "I saw a valid proposal for this value" (or nil).</summary>
    Prevote = 0,

    /// <summary>Second vote: "I saw 2f+1 prevotes for this value" (or nil); 2f+1 of them decide.</summary>
    Precommit = 1,
}
