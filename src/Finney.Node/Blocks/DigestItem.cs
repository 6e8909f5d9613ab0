using Finney.Primitives.Encoding;
using Finney.Primitives.Scale;

namespace Finney.Node.Blocks;

/// <summary>
/// One header digest item (sp_runtime::DigestItem): <c>Other</c> (0), <c>Consensus</c> (4), <c>Seal</c> (5),
/// <c>PreRuntime</c> (6) with a four-byte engine id, or <c>RuntimeEnvironmentUpdated</c> (8).
/// </summary>
public sealed record DigestItem(DigestItemKind Kind, uint Engine, byte[] Data)
{
    /// <summary>Aura's engine id, the bytes "aura" read little-endian.</summary>
    public const uint AuraEngine = 0x61727561;

    /// <summary>A pre-runtime item (Aura's slot).</summary>
    public static DigestItem PreRuntime(uint engine, byte[] data) => new(DigestItemKind.PreRuntime, engine, data);

    /// <summary>A seal item (the author's signature).</summary>
    public static DigestItem Seal(uint engine, byte[] data) => new(DigestItemKind.Seal, engine, data);

    /// <summary>Writes the SCALE encoding.</summary>
    public void Encode(ScaleWriter writer)
    {
        writer.WriteU8((byte)Kind);
        switch (Kind)
        {
            case DigestItemKind.Other:
                writer.WriteByteVec(Data);
                break;
            case DigestItemKind.Consensus or DigestItemKind.Seal or DigestItemKind.PreRuntime:
                writer.WriteU32(Engine);
                writer.WriteByteVec(Data);
                break;
            case DigestItemKind.RuntimeEnvironmentUpdated:
                break;
            default:
                throw new InvalidOperationException($"Digest item kind {Kind} has no encoding.");
        }
    }

    /// <summary>Reads one item.</summary>
    /// <exception cref="ScaleFormatException">Unknown kind or truncated data.</exception>
    public static DigestItem Decode(ref ScaleReader reader)
    {
        var kind = (DigestItemKind)reader.ReadU8();
        return kind switch
        {
            DigestItemKind.Other => new DigestItem(kind, 0, reader.ReadByteVec().ToArray()),
            DigestItemKind.Consensus or DigestItemKind.Seal or DigestItemKind.PreRuntime => new DigestItem(kind, reader.ReadU32(), reader.ReadByteVec().ToArray()),
            DigestItemKind.RuntimeEnvironmentUpdated => new DigestItem(kind, 0, []),
            _ => throw new ScaleFormatException($"Unknown digest item kind {(byte)kind}."),
        };
    }

    /// <summary>The hex of the SCALE encoding, as header JSON carries digest logs.</summary>
    public string ToHex()
    {
        using var writer = new ScaleWriter();
        Encode(writer);
        return Hex.Encode(writer.WrittenSpan);
    }
}
