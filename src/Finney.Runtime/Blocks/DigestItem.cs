using Finney.Primitives.Scale;
using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Metadata;

namespace Finney.Runtime.Blocks;

/// <summary>The variants of <c>sp_runtime::generic::DigestItem</c>, numbered as on the wire.</summary>
public enum DigestItemKind : byte
{
    /// <summary>Arbitrary data.</summary>
    Other = 0,

    /// <summary>A message from the runtime to a consensus engine.</summary>
    Consensus = 4,

    /// <summary>A seal: the author's signature over the rest of the header.</summary>
    Seal = 5,

    /// <summary>Data the block producer gives the runtime, such as the Aura slot.</summary>
    PreRuntime = 6,

    /// <summary>The runtime code or heap pages changed in this block.</summary>
    RuntimeEnvironmentUpdated = 8,
}

/// <summary>One header digest log. <see cref="Engine"/> is the four-byte consensus engine id (e.g. <c>aura</c>) where the variant has one.</summary>
public sealed record DigestItem(DigestItemKind Kind, uint Engine, byte[] Data)
{
    /// <summary>The engine id of Aura, <c>"aura"</c> as a little-endian u32.</summary>
    public const uint AuraEngine = 0x61727561;

    /// <summary>The codec and metadata type.</summary>
    public static ScaleType<DigestItem> Type { get; } = new(new DigestItemCodec(), BuildMeta());

    /// <summary>Aura's pre-runtime digest announcing <paramref name="slot"/>.</summary>
    public static DigestItem AuraPreRuntime(ulong slot) => new(DigestItemKind.PreRuntime, AuraEngine, ScaleCodec.Encode(ScaleCodec.U64, slot));

    private static MetaType BuildMeta()
    {
        var engine = new FieldInfo(null, MetaType.Array(Types.U8.Meta, 4), "ConsensusEngineId");
        var data = new FieldInfo(null, Types.Bytes.Meta, "Vec<u8>");
        return new MetaType(
            ["sp_runtime", "generic", "digest", "DigestItem"],
            new VariantDef([
                new VariantInfo("PreRuntime", [engine, data], 6, []),
                new VariantInfo("Consensus", [engine, data], 4, []),
                new VariantInfo("Seal", [engine, data], 5, []),
                new VariantInfo("Other", [data], 0, []),
                new VariantInfo("RuntimeEnvironmentUpdated", [], 8, []),
            ]));
    }

    private sealed class DigestItemCodec : IScaleCodec<DigestItem>
    {
        public string TypeName => "DigestItem";

        public int MinEncodedSize => 1;

        public void Encode(ScaleWriter writer, DigestItem value)
        {
            writer.WriteU8((byte)value.Kind);
            switch (value.Kind)
            {
                case DigestItemKind.Other:
                    writer.WriteByteVec(value.Data);
                    break;
                case DigestItemKind.Consensus or DigestItemKind.Seal or DigestItemKind.PreRuntime:
                    writer.WriteU32(value.Engine);
                    writer.WriteByteVec(value.Data);
                    break;
            }
        }

        public DigestItem Decode(ref ScaleReader reader)
        {
            var offset = reader.Position;
            var kind = reader.ReadU8();
            return kind switch
            {
                0 => new DigestItem(DigestItemKind.Other, 0, reader.ReadByteVec().ToArray()),
                4 or 5 or 6 => new DigestItem((DigestItemKind)kind, reader.ReadU32(), reader.ReadByteVec().ToArray()),
                8 => new DigestItem(DigestItemKind.RuntimeEnvironmentUpdated, 0, []),
                _ => throw new ScaleFormatException($"DigestItem: variant index {kind} at offset {offset} is not declared.", offset),
            };
        }
    }
}
