namespace Finney.Consensus.Messages;

/// <summary>
/// The proposer's value for (height, round). <paramref name="PolRound"/> is the proof-of-lock round: the round
/// in which the proposer saw 2f+1 prevotes for this value when it re-proposes it, or -1.
/// </summary>
public sealed record Proposal(uint Height, int Round, BlockHash Value, int PolRound, int ProposerIndex)
{
    /// <summary>The bytes the proposer signs (see <see cref="SignedPayload.ForProposal"/>).</summary>
    public byte[] SignBytes(ulong setId) => SignedPayload.ForProposal(Value, Height, Round, PolRound, setId);
}
