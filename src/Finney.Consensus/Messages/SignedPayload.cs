using Finney.Primitives.Scale;

namespace Finney.Consensus.Messages;

/// <summary>
/// What validators sign. Votes use GRANDPA's localized payload, SCALE <c>(Message, round: u64, set_id: u64)</c>
/// with <c>Message::Prevote | Precommit {target_hash: H256, target_number: u32}</c>, so a quorum of precommits is
/// a GRANDPA justification any Substrate light client can check. The GRANDPA round of Tendermint's (height, round)
/// is <c>height &lt;&lt; 32 | round</c>: unique per (height, round) and increasing, so no two of our votes look
/// like a GRANDPA equivocation. Nil votes target <see cref="BlockHash.Zero"/>.
/// </summary>
public static class SignedPayload
{
    /// <summary>Length of a vote payload: variant, hash, number, round, set id.</summary>
    public const int VoteLength = 1 + BlockHash.Length + 4 + 8 + 8;

    // GRANDPA's Message::PrimaryPropose index. Our proposal appends the proof-of-lock round, so its payload is
    // longer than any GRANDPA message and can never verify as one (nor a GRANDPA message as a proposal).
    private const byte PrimaryProposeVariant = 2;

    /// <summary>The GRANDPA round number standing for Tendermint's (height, round).</summary>
    public static ulong GrandpaRound(uint height, int round) => ((ulong)height << 32) | (uint)round;

    /// <summary>Payload of a prevote or precommit for <paramref name="target"/> at (height, round).</summary>
    public static byte[] ForVote(VoteType type, BlockHash target, uint height, int round, ulong setId) =>
        ForGrandpaMessage((byte)type, target, height, GrandpaRound(height, round), setId);

    /// <summary>GRANDPA's localized payload of a prevote/precommit message for a GRANDPA round.</summary>
    public static byte[] ForGrandpaMessage(byte variant, BlockHash target, uint number, ulong grandpaRound, ulong setId)
    {
        using var writer = new ScaleWriter(VoteLength);
        writer.WriteU8(variant);
        writer.WriteBytes(target.Bytes);
        writer.WriteU32(number);
        writer.WriteU64(grandpaRound);
        writer.WriteU64(setId);
        return writer.ToArray();
    }

    /// <summary>Payload of a proposal: the PrimaryPropose payload followed by the proof-of-lock round as <c>Option&lt;u32&gt;</c>.</summary>
    public static byte[] ForProposal(BlockHash value, uint height, int round, int polRound, ulong setId)
    {
        using var writer = new ScaleWriter(VoteLength + 5);
        writer.WriteU8(PrimaryProposeVariant);
        writer.WriteBytes(value.Bytes);
        writer.WriteU32(height);
        writer.WriteU64(GrandpaRound(height, round));
        writer.WriteU64(setId);
        if (polRound < 0)
        {
            writer.WriteU8(0);
        }
        else
        {
            writer.WriteU8(1);
            writer.WriteU32((uint)polRound);
        }

        return writer.ToArray();
    }
}
