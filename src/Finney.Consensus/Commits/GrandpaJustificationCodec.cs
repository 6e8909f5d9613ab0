using Finney.Consensus.Messages;
using Finney.Primitives.Scale;

namespace Finney.Consensus.Commits;

/// <summary>
/// SCALE codec between a <see cref="Commit"/> and Substrate's <c>GrandpaJustification</c>:
/// <c>{round: u64, commit: {target_hash: H256, target_number: u32, precommits: Vec&lt;{precommit: {target_hash,
/// target_number}, signature: [u8; 64], id: [u8; 32]}&gt;}, votes_ancestries: Vec&lt;Header&gt;}</c>.
/// Our precommits all target the committed block, so <c>votes_ancestries</c> is always empty.
/// </summary>
public static class GrandpaJustificationCodec
{
    /// <summary>Encodes a commit as a GRANDPA justification.</summary>
    public static byte[] Encode(Commit commit)
    {
        using var writer = new ScaleWriter(48 + (commit.Precommits.Count * 132));
        writer.WriteU64(commit.GrandpaRound);
        writer.WriteBytes(commit.Value.Bytes);
        writer.WriteU32(commit.Height);
        writer.WriteCompact((ulong)commit.Precommits.Count);
        foreach (var precommit in commit.Precommits)
        {
            writer.WriteBytes(commit.Value.Bytes);
            writer.WriteU32(commit.Height);
            writer.WriteBytes(precommit.Signature);
            writer.WriteBytes(precommit.PublicKey);
        }

        writer.WriteCompact(0UL);
        return writer.ToArray();
    }

    /// <summary>Decodes a justification produced by <see cref="Encode"/> for an authority set id.</summary>
    /// <exception cref="ScaleFormatException">Malformed bytes, vote ancestries, or precommits for another target.</exception>
    public static Commit Decode(ReadOnlySpan<byte> bytes, ulong setId)
    {
        var reader = new ScaleReader(bytes);
        var grandpaRound = reader.ReadU64();
        var target = new BlockHash(reader.ReadBytes(BlockHash.Length));
        var number = reader.ReadU32();
        var round = unchecked((uint)grandpaRound);
        if (grandpaRound >> 32 != number || round > int.MaxValue)
        {
            throw new ScaleFormatException($"GRANDPA round {grandpaRound} is not a Finney (height {number}, round) pair.");
        }

        var count = reader.ReadCompactLength(BlockHash.Length + 4 + 64 + 32);
        var precommits = new List<CommitSignature>(count);
        for (var i = 0; i < count; i++)
        {
            var precommitTarget = new BlockHash(reader.ReadBytes(BlockHash.Length));
            var precommitNumber = reader.ReadU32();
            if (precommitTarget != target || precommitNumber != number)
            {
                throw new ScaleFormatException($"Precommit {i} targets another block than the commit.");
            }

            var signature = reader.ReadBytes(64).ToArray();
            var id = reader.ReadBytes(32).ToArray();
            precommits.Add(new CommitSignature(id, signature));
        }

        if (reader.ReadCompactLength() != 0)
        {
            throw new ScaleFormatException("Vote ancestries are not used by Finney commits.");
        }

        reader.EnsureEnd("GrandpaJustification");
        return new Commit(number, (int)round, target, setId, precommits);
    }
}
