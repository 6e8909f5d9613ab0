namespace Finney.Consensus.Messages;

/// <summary>
/// An unsigned vote of the validator at <paramref name="ValidatorIndex"/> in the set for a height. A null
/// <paramref name="Value"/> is a vote for nil.
/// </summary>
public sealed record Vote(VoteType Type, uint Height, int Round, BlockHash? Value, int ValidatorIndex)
{
    /// <summary>The bytes the validator signs: GRANDPA's localized payload (see <see cref="SignedPayload"/>).</summary>
    public byte[] SignBytes(ulong setId) =>
        SignedPayload.ForVote(Type, Value ?? BlockHash.Zero, Height, Round, setId);
}
