using Finney.Primitives.Scale;

namespace Finney.Runtime.Blocks;

/// <summary>A block: its header and its extrinsics, each as its full encoding (compact length prefix included).</summary>
public sealed record Block(Header Header, IReadOnlyList<byte[]> Extrinsics)
{
    /// <summary>The SCALE encoding: header ++ compact count ++ the extrinsics' encodings.</summary>
    public byte[] Encode()
    {
        using var writer = new ScaleWriter();
        Header.Type.Codec.Encode(writer, Header);
        writer.WriteCompact((ulong)Extrinsics.Count);
        foreach (var extrinsic in Extrinsics)
        {
            writer.WriteBytes(extrinsic);
        }

        return writer.ToArray();
    }

    /// <summary>Decodes a block, splitting the extrinsics by their length prefixes.</summary>
    /// <exception cref="ScaleFormatException">Not a valid block encoding.</exception>
    public static Block Decode(ReadOnlySpan<byte> bytes)
    {
        var reader = new ScaleReader(bytes);
        var header = Header.Type.Codec.Decode(ref reader);
        var count = reader.ReadCompactLength();
        var extrinsics = new List<byte[]>(count);
        for (var i = 0; i < count; i++)
        {
            var start = reader.Position;
            var length = reader.ReadCompactLength();
            reader.ReadBytes(length);
            extrinsics.Add(bytes[start..reader.Position].ToArray());
        }

        reader.EnsureEnd("Block");
        return new Block(header, extrinsics);
    }
}
