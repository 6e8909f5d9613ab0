using Finney.Primitives.Scale;

namespace Finney.Consensus.Messages;

/// <summary>
/// SCALE layout of signed proposals and votes on the wire and in the WAL (docs/consensus.md has the table):
/// <c>Proposal = height u32 | round u32 | value [u8; 32] | pol_round Option&lt;u32&gt; | proposer u32 | signature [u8; 64]</c>,
/// <c>Vote = type u8 | height u32 | round u32 | value Option&lt;[u8; 32]&gt; | validator u32 | signature [u8; 64]</c>.
/// </summary>
public static class MessageCodec
{
    private const int SignatureLength = 64;

    /// <summary>Writes a signed proposal.</summary>
    public static void Write(ScaleWriter writer, SignedProposal signed)
    {
        var proposal = signed.Proposal;
        writer.WriteU32(proposal.Height);
        writer.WriteU32((uint)proposal.Round);
        writer.WriteBytes(proposal.Value.Bytes);
        WriteOptionalRound(writer, proposal.PolRound);
        writer.WriteU32((uint)proposal.ProposerIndex);
        writer.WriteBytes(signed.Signature);
    }

    /// <summary>Writes a signed vote.</summary>
    public static void Write(ScaleWriter writer, SignedVote signed)
    {
        var vote = signed.Vote;
        writer.WriteU8((byte)vote.Type);
        writer.WriteU32(vote.Height);
        writer.WriteU32((uint)vote.Round);
        if (vote.Value is { } value)
        {
            writer.WriteU8(1);
            writer.WriteBytes(value.Bytes);
        }
        else
        {
            writer.WriteU8(0);
        }

        writer.WriteU32((uint)vote.ValidatorIndex);
        writer.WriteBytes(signed.Signature);
    }

    /// <summary>Reads a signed proposal.</summary>
    /// <exception cref="ScaleFormatException">Malformed bytes or out-of-range rounds and indices.</exception>
    public static SignedProposal ReadProposal(ref ScaleReader reader)
    {
        var height = reader.ReadU32();
        var round = ReadRound(ref reader);
        var value = new BlockHash(reader.ReadBytes(BlockHash.Length));
        var polRound = reader.ReadOptionTag("pol_round") ? ReadRound(ref reader) : -1;
        var proposer = ReadIndex(ref reader);
        var signature = reader.ReadBytes(SignatureLength).ToArray();
        return new SignedProposal(new Proposal(height, round, value, polRound, proposer), signature);
    }

    /// <summary>Reads a signed vote.</summary>
    /// <exception cref="ScaleFormatException">Malformed bytes or out-of-range fields.</exception>
    public static SignedVote ReadVote(ref ScaleReader reader)
    {
        var type = reader.ReadU8();
        if (type > (byte)VoteType.Precommit)
        {
            throw new ScaleFormatException($"Vote type {type} is neither prevote (0) nor precommit (1).");
        }

        var height = reader.ReadU32();
        var round = ReadRound(ref reader);
        BlockHash? value = reader.ReadOptionTag("vote value") ? new BlockHash(reader.ReadBytes(BlockHash.Length)) : null;
        var validator = ReadIndex(ref reader);
        var signature = reader.ReadBytes(SignatureLength).ToArray();
        return new SignedVote(new Vote((VoteType)type, height, round, value, validator), signature);
    }

    private static void WriteOptionalRound(ScaleWriter writer, int round)
    {
        if (round < 0)
        {
            writer.WriteU8(0);
            return;
        }

        writer.WriteU8(1);
        writer.WriteU32((uint)round);
    }

    private static int ReadRound(ref ScaleReader reader)
    {
        var round = reader.ReadU32();
        return round <= int.MaxValue ? (int)round : throw new ScaleFormatException($"Round {round} is out of range.");
    }

    private static int ReadIndex(ref ScaleReader reader)
    {
        var index = reader.ReadU32();
        return index <= int.MaxValue ? (int)index : throw new ScaleFormatException($"Validator index {index} is out of range.");
    }
}
