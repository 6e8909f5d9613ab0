using System.Globalization;
using Finney.Primitives.Scale;
using Finney.Rpc.Dto;

namespace Finney.Node.Blocks;

/// <summary>
/// A block header as Substrate encodes it: parent hash, number (compact u32), state root, extrinsics root,
/// digest. The block hash is BLAKE2b-256 of exactly this encoding, seal included; clients recompute it
/// from the JSON they are served and sign it into mortal transactions.
/// </summary>
public sealed record BlockHeader(Hash256 ParentHash, uint Number, Hash256 StateRoot, Hash256 ExtrinsicsRoot, IReadOnlyList<DigestItem> Digest)
{
    private byte[]? _encoded;

    /// <summary>Copies for <c>with</c> expressions; the copy re-encodes, since its fields differ.</summary>
    private BlockHeader(BlockHeader original)
    {
        ParentHash = original.ParentHash;
        Number = original.Number;
        StateRoot = original.StateRoot;
        ExtrinsicsRoot = original.ExtrinsicsRoot;
        Digest = original.Digest;
    }

    /// <summary>The SCALE encoding (cached; headers are immutable).</summary>
    public byte[] Encode()
    {
        if (_encoded is not null)
        {
            return _encoded;
        }

        using var writer = new ScaleWriter(128);
        Span<byte> hash = stackalloc byte[Hash256.Length];
        ParentHash.CopyTo(hash);
        writer.WriteBytes(hash);
        writer.WriteCompact(Number);
        StateRoot.CopyTo(hash);
        writer.WriteBytes(hash);
        ExtrinsicsRoot.CopyTo(hash);
        writer.WriteBytes(hash);
        writer.WriteCompact((ulong)Digest.Count);
        foreach (var item in Digest)
        {
            item.Encode(writer);
        }

        return _encoded = writer.ToArray();
    }

    /// <summary>The block hash: BLAKE2b-256 of <see cref="Encode"/>.</summary>
    public Hash256 Hash() => Hash256.Blake2(Encode());

    /// <summary>Decodes a header, requiring the input to end with it.</summary>
    /// <exception cref="ScaleFormatException">Not a header.</exception>
    public static BlockHeader Decode(ReadOnlySpan<byte> bytes)
    {
        var reader = new ScaleReader(bytes);
        var header = Decode(ref reader);
        reader.EnsureEnd("header");
        return header;
    }

    /// <summary>Reads a header from <paramref name="reader"/>.</summary>
    public static BlockHeader Decode(ref ScaleReader reader)
    {
        var parent = new Hash256(reader.ReadBytes(Hash256.Length));
        var number = reader.ReadCompactU32();
        var stateRoot = new Hash256(reader.ReadBytes(Hash256.Length));
        var extrinsicsRoot = new Hash256(reader.ReadBytes(Hash256.Length));
        var count = reader.ReadCompactLength();
        var digest = new List<DigestItem>(count);
        for (var i = 0; i < count; i++)
        {
            digest.Add(DigestItem.Decode(ref reader));
        }

        return new BlockHeader(parent, number, stateRoot, extrinsicsRoot, digest);
    }

    /// <summary>The JSON form <c>chain_getHeader</c> serves (number as hex, logs as hex).</summary>
    public HeaderDto ToDto() => new(
        ParentHash.ToHex(),
        "0x" + Number.ToString("x", CultureInfo.InvariantCulture),
        StateRoot.ToHex(),
        ExtrinsicsRoot.ToHex(),
        new DigestDto([.. Digest.Select(d => d.ToHex())]));

    /// <summary>This header with <paramref name="item"/> appended to its digest (sealing).</summary>
    public BlockHeader WithDigestItem(DigestItem item) => this with { Digest = [.. Digest, item] };
}
