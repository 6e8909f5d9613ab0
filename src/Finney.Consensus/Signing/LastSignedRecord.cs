using Finney.Primitives.Scale;

namespace Finney.Consensus.Signing;

/// <summary>
/// What a validator signed at its latest height, in signing order; the last entry is CometBFT's "last sign
/// state". We keep the whole height, not only the last entry, so that replaying the WAL after a crash may
/// re-sign the identical earlier messages of the height (ed25519 is deterministic: same bytes, same signature)
/// while anything different at or below the last position stays refused.
/// </summary>
public sealed record LastSignedRecord(uint Height, IReadOnlyList<SignedEntry> Entries)
{
    /// <summary>SCALE: height u32, then Vec of (round u32, step u8, payload hash [u8; 32]).</summary>
    public byte[] Encode()
    {
        using var writer = new ScaleWriter(8 + (Entries.Count * 37));
        writer.WriteU32(Height);
        writer.WriteCompact((ulong)Entries.Count);
        foreach (var entry in Entries)
        {
            writer.WriteU32((uint)entry.Round);
            writer.WriteU8((byte)entry.Step);
            writer.WriteBytes(entry.PayloadHash);
        }

        return writer.ToArray();
    }

    /// <summary>Decodes <see cref="Encode"/>'s bytes.</summary>
    /// <exception cref="ScaleFormatException">Malformed bytes.</exception>
    public static LastSignedRecord Decode(ReadOnlySpan<byte> bytes)
    {
        var reader = new ScaleReader(bytes);
        var height = reader.ReadU32();
        var count = reader.ReadCompactLength(37);
        var entries = new List<SignedEntry>(count);
        for (var i = 0; i < count; i++)
        {
            var round = reader.ReadU32();
            var step = reader.ReadU8();
            if (round > int.MaxValue || step > (byte)SignStep.Precommit)
            {
                throw new ScaleFormatException($"Signed entry {i} has round {round} and step {step}.");
            }

            entries.Add(new SignedEntry((int)round, (SignStep)step, reader.ReadBytes(32).ToArray()));
        }

        reader.EnsureEnd("LastSignedRecord");
        return new LastSignedRecord(height, entries);
    }
}
