using Finney.Consensus.Messages;
using Finney.Primitives.Scale;

namespace Finney.Consensus.Votes;

/// <summary>
/// SCALE form of evidence, for gossip (protocol 7 in shared/research/consensus.md §3.5) and for storage:
/// <c>00 ‖ vote ‖ vote</c> for a duplicate vote, <c>01 ‖ proposal ‖ proposal</c> for a duplicate proposal, each
/// message in <see cref="MessageCodec"/>'s layout.
/// </summary>
public static class EquivocationCodec
{
    /// <summary>Encodes evidence.</summary>
    public static byte[] Encode(Equivocation evidence)
    {
        using var writer = new ScaleWriter();
        switch (evidence)
        {
            case Equivocation.DuplicateVote votes:
                writer.WriteU8(0);
                MessageCodec.Write(writer, votes.First);
                MessageCodec.Write(writer, votes.Second);
                break;
            case Equivocation.DuplicateProposal proposals:
                writer.WriteU8(1);
                MessageCodec.Write(writer, proposals.First);
                MessageCodec.Write(writer, proposals.Second);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(evidence), evidence, "unknown evidence");
        }

        return writer.ToArray();
    }

    /// <summary>Decodes evidence, consuming all bytes. It still has to pass <see cref="EquivocationVerifier"/>.</summary>
    /// <exception cref="ScaleFormatException">Malformed bytes.</exception>
    public static Equivocation Decode(ReadOnlySpan<byte> bytes)
    {
        var reader = new ScaleReader(bytes);
        var kind = reader.ReadU8();
        Equivocation evidence = kind switch
        {
            0 => new Equivocation.DuplicateVote(MessageCodec.ReadVote(ref reader), MessageCodec.ReadVote(ref reader)),
            1 => new Equivocation.DuplicateProposal(MessageCodec.ReadProposal(ref reader), MessageCodec.ReadProposal(ref reader)),
            _ => throw new ScaleFormatException($"Unknown evidence kind {kind}."),
        };
        reader.EnsureEnd("Equivocation");
        return evidence;
    }
}
