using Finney.Consensus.Commits;
using Finney.Consensus.Driver;
using Finney.Consensus.Machine;
using Finney.Consensus.Messages;
using Finney.Primitives.Scale;

namespace Finney.Consensus.Wal;

/// <summary>
/// SCALE encoding of <see cref="ConsensusInput"/> for the WAL: a kind byte, then the fields (docs/consensus.md).
/// 0 StartHeight, 1 ReceiveProposal, 2 ReceiveVote, 3 ReceiveCommit, 4 TimeoutElapsed, 5 ValueReady.
/// </summary>
public static class ConsensusInputCodec
{
    /// <summary>Encodes an input.</summary>
    public static byte[] Encode(ConsensusInput input)
    {
        using var writer = new ScaleWriter();
        switch (input)
        {
            case ConsensusInput.StartHeight start:
                writer.WriteU8(0);
                writer.WriteU32(start.Height);
                writer.WriteU64(start.Validators.SetId);
                writer.WriteCompact((ulong)start.Validators.Count);
                for (var i = 0; i < start.Validators.Count; i++)
                {
                    writer.WriteBytes(start.Validators.KeyAt(i));
                }

                break;
            case ConsensusInput.ReceiveProposal proposal:
                writer.WriteU8(1);
                MessageCodec.Write(writer, proposal.Proposal);
                writer.WriteBool(proposal.IsValid);
                break;
            case ConsensusInput.ReceiveVote vote:
                writer.WriteU8(2);
                MessageCodec.Write(writer, vote.Vote);
                break;
            case ConsensusInput.ReceiveCommit commit:
                writer.WriteU8(3);
                writer.WriteU64(commit.Commit.SetId);
                writer.WriteByteVec(GrandpaJustificationCodec.Encode(commit.Commit));
                break;
            case ConsensusInput.TimeoutElapsed timeout:
                writer.WriteU8(4);
                writer.WriteU8((byte)timeout.Kind);
                writer.WriteU32(timeout.Height);
                writer.WriteU32((uint)timeout.Round);
                break;
            case ConsensusInput.ValueReady value:
                writer.WriteU8(5);
                writer.WriteU32(value.Height);
                writer.WriteU32((uint)value.Round);
                writer.WriteBytes(value.Value.Bytes);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(input), input, "unknown consensus input");
        }

        return writer.ToArray();
    }

    /// <summary>Decodes one input, consuming all bytes.</summary>
    /// <exception cref="ScaleFormatException">Malformed bytes.</exception>
    public static ConsensusInput Decode(ReadOnlySpan<byte> bytes)
    {
        var reader = new ScaleReader(bytes);
        var kind = reader.ReadU8();
        ConsensusInput input = kind switch
        {
            0 => ReadStartHeight(ref reader),
            1 => new ConsensusInput.ReceiveProposal(MessageCodec.ReadProposal(ref reader), reader.ReadBool()),
            2 => new ConsensusInput.ReceiveVote(MessageCodec.ReadVote(ref reader)),
            3 => ReadCommit(ref reader),
            4 => ReadTimeout(ref reader),
            5 => new ConsensusInput.ValueReady(reader.ReadU32(), ReadRound(ref reader), new BlockHash(reader.ReadBytes(BlockHash.Length))),
            _ => throw new ScaleFormatException($"Unknown WAL record kind {kind}."),
        };
        reader.EnsureEnd("ConsensusInput");
        return input;
    }

    private static ConsensusInput.StartHeight ReadStartHeight(ref ScaleReader reader)
    {
        var height = reader.ReadU32();
        var setId = reader.ReadU64();
        var count = reader.ReadCompactLength(32);
        var keys = new List<byte[]>(count);
        for (var i = 0; i < count; i++)
        {
            keys.Add(reader.ReadBytes(32).ToArray());
        }

        return new ConsensusInput.StartHeight(height, new ValidatorSet(keys, setId));
    }

    private static ConsensusInput.ReceiveCommit ReadCommit(ref ScaleReader reader)
    {
        var setId = reader.ReadU64();
        return new ConsensusInput.ReceiveCommit(GrandpaJustificationCodec.Decode(reader.ReadByteVec(), setId));
    }

    private static ConsensusInput.TimeoutElapsed ReadTimeout(ref ScaleReader reader)
    {
        var kind = reader.ReadU8();
        if (kind > (byte)TimeoutKind.Precommit)
        {
            throw new ScaleFormatException($"Unknown timeout kind {kind}.");
        }

        return new ConsensusInput.TimeoutElapsed((TimeoutKind)kind, reader.ReadU32(), ReadRound(ref reader));
    }

    private static int ReadRound(ref ScaleReader reader)
    {
        var round = reader.ReadU32();
        return round <= int.MaxValue ? (int)round : throw new ScaleFormatException($"Round {round} is out of range.");
    }
}
