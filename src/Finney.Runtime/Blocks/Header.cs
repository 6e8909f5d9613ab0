using Finney.Primitives.Hashing;
using Finney.Primitives.Scale;
using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Metadata;

namespace Finney.Runtime.Blocks;

/// <summary>
/// A block header (<c>sp_runtime::generic::Header&lt;u32, BlakeTwo256&gt;</c>): parent hash, compact number,
/// state root, extrinsics root and digest logs. The block hash is BLAKE2b-256 of its encoding.
/// </summary>
public sealed record Header(byte[] ParentHash, uint Number, byte[] StateRoot, byte[] ExtrinsicsRoot, IReadOnlyList<DigestItem> Digest)
{
    /// <summary>The digest as metadata describes it (<c>sp_runtime::generic::digest::Digest</c>).</summary>
    public static ScaleType<DigestItem[]> DigestType { get; } = new(
        ScaleCodec.Vec(DigestItem.Type.Codec),
        new MetaType(["sp_runtime", "generic", "digest", "Digest"], new CompositeDef([new FieldInfo("logs", MetaType.Sequence(DigestItem.Type.Meta), "Vec<DigestItem>")])));

    /// <summary>The codec and metadata type.</summary>
    public static ScaleType<Header> Type { get; } = new(
        ScaleCodec.Map(
            ScaleCodec.Tuple(ScaleCodec.Tuple(ScaleCodec.FixedBytes(32), ScaleCodec.CompactU32), ScaleCodec.Tuple(ScaleCodec.FixedBytes(32), ScaleCodec.FixedBytes(32)), DigestType.Codec),
            t => new Header(t.Item1.Item1, t.Item1.Item2, t.Item2.Item1, t.Item2.Item2, t.Item3),
            h => ((h.ParentHash, h.Number), (h.StateRoot, h.ExtrinsicsRoot), h.Digest.ToArray()),
            "Header"),
        new MetaType(
            ["sp_runtime", "generic", "header", "Header"],
            new CompositeDef([
                new FieldInfo("parent_hash", Types.H256.Meta, "Hash::Output"),
                new FieldInfo("number", Types.CompactU32.Meta, "Number"),
                new FieldInfo("state_root", Types.H256.Meta, "Hash::Output"),
                new FieldInfo("extrinsics_root", Types.H256.Meta, "Hash::Output"),
                new FieldInfo("digest", DigestType.Meta, "Digest"),
            ]),
            [new TypeParameter("Number", Types.U32.Meta), new TypeParameter("Hash", null)]));

    /// <summary>The SCALE encoding.</summary>
    public byte[] Encode() => Type.Encode(this);

    /// <summary>The block hash: BLAKE2b-256 of the encoding.</summary>
    public byte[] Hash() => Blake2b.Hash256(Encode());

    /// <summary>Decodes a header.</summary>
    /// <exception cref="ScaleFormatException">Not a valid header encoding.</exception>
    public static Header Decode(ReadOnlySpan<byte> bytes) => Type.Decode(bytes);
}
