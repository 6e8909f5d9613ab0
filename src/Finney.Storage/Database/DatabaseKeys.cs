using System.Buffers.Binary;
using System.Text;
using Finney.Primitives.Scale;

namespace Finney.Storage.Database;

/// <summary>Keys and value layouts of the state database's columns (docs/storage.md lists them).</summary>
internal static class DatabaseKeys
{
    /// <summary>Version of the layout below; a database of another version is refused.</summary>
    public const uint SchemaVersion = 1;

    public static readonly byte[] Schema = Encoding.ASCII.GetBytes("schema");
    public static readonly byte[] Head = Encoding.ASCII.GetBytes("head");
    public static readonly byte[] Finalized = Encoding.ASCII.GetBytes("finalized");
    public static readonly byte[] Pruning = Encoding.ASCII.GetBytes("pruning");
    public static readonly byte[] NextJournal = Encoding.ASCII.GetBytes("next-journal");

    /// <summary>A block number as a big-endian key, so keys sort by number.</summary>
    public static byte[] Number(uint number)
    {
        var key = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(key, number);
        return key;
    }

    public static byte[] U32(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        return bytes;
    }

    /// <exception cref="InvalidDataException">The value is not 4 bytes (the database is corrupt).</exception>
    public static uint ReadU32(ReadOnlySpan<byte> bytes) => bytes.Length == 4
        ? BinaryPrimitives.ReadUInt32LittleEndian(bytes)
        : throw new InvalidDataException($"A stored counter or number has {bytes.Length} bytes, not 4: the database is corrupt.");

    /// <summary>Head and finalized pointers: number (u32 LE) ++ hash.</summary>
    public static byte[] BlockPointer(BlockInfo block) => [.. U32(block.Number), .. block.Hash];

    /// <summary>Block index value: number (u32 LE) ++ parent hash ++ state root.</summary>
    public static byte[] IndexValue(uint number, byte[] parentHash, byte[] stateRoot) => [.. U32(number), .. parentHash, .. stateRoot];

    /// <exception cref="InvalidDataException">The value is not 68 bytes (the database is corrupt).</exception>
    public static BlockInfo ReadIndex(byte[] hash, ReadOnlySpan<byte> value) => value.Length == 68
        ? new(ReadU32(value[..4]), hash, value.Slice(4, 32).ToArray(), value.Slice(36, 32).ToArray())
        : throw new InvalidDataException($"The index entry of block {Convert.ToHexStringLower(hash)} has {value.Length} bytes, not 68: the database is corrupt.");

    public static byte[] EncodeBody(IReadOnlyList<byte[]> body)
    {
        using var writer = new ScaleWriter();
        writer.WriteCompact((ulong)body.Count);
        foreach (var extrinsic in body)
        {
            writer.WriteByteVec(extrinsic);
        }

        return writer.ToArray();
    }

    public static byte[][] DecodeBody(ReadOnlySpan<byte> bytes)
    {
        var reader = new ScaleReader(bytes);
        var body = new byte[reader.ReadCompactLength()][];
        for (var i = 0; i < body.Length; i++)
        {
            body[i] = reader.ReadByteVec().ToArray();
        }

        reader.EnsureEnd("a stored block body");

        return body;
    }

    /// <summary>A journal entry: Compact count, then (hash, u32 LE occurrences) pairs.</summary>
    public static byte[] EncodeJournal(IEnumerable<KeyValuePair<byte[], int>> released)
    {
        var list = released.ToList();
        using var writer = new ScaleWriter(8 + (list.Count * 36));
        writer.WriteCompact((ulong)list.Count);
        foreach (var (hash, count) in list)
        {
            writer.WriteBytes(hash);
            writer.WriteU32((uint)count);
        }

        return writer.ToArray();
    }

    public static List<KeyValuePair<byte[], int>> DecodeJournal(ReadOnlySpan<byte> bytes)
    {
        var reader = new ScaleReader(bytes);
        var count = reader.ReadCompactLength(36);
        var list = new List<KeyValuePair<byte[], int>>(count);
        for (var i = 0; i < count; i++)
        {
            var hash = reader.ReadBytes(32).ToArray();
            list.Add(new(hash, (int)reader.ReadU32()));
        }

        reader.EnsureEnd("a pruning journal entry");

        return list;
    }
}
