using System.Buffers.Binary;
using Finney.Primitives.Hashing;
using Finney.Primitives.Scale;

namespace Finney.Storage.Trie;

/// <summary>
/// sp-trie's node codec (<c>substrate/primitives/trie/src/node_codec.rs</c>, <c>node_header.rs</c>). A node is a
/// header (type bits and partial-key nibble count), the partial key packed two nibbles a byte (an odd count puts
/// the first nibble alone in the low half of the first byte), then for a branch a little-endian u16 bitmap of
/// present children, then the value (Compact length + bytes, or a bare 32-byte hash for the hashed-value kinds),
/// then each present child as Compact length + (32-byte hash, or the child's own encoding when shorter than 32).
/// The empty trie is the single byte 0x00.
/// </summary>
internal static class NodeCodec
{
    public const byte EmptyTrie = 0x00;

    /// <summary>Writes the header: type bits, then the nibble count in the remaining bits with sp-trie's escape for large counts.</summary>
    public static void WriteHeader(ScaleWriter writer, NodeKind kind, int nibbleCount)
    {
        var (prefix, bits) = kind switch
        {
            NodeKind.Leaf => (0b01 << 6, 6),
            NodeKind.BranchNoValue => (0b10 << 6, 6),
            NodeKind.BranchWithValue => (0b11 << 6, 6),
            NodeKind.HashedValueLeaf => (0b001 << 5, 5),
            _ => (0b0001 << 4, 4),
        };
        var max = (1 << bits) - 1;
        if (nibbleCount < max)
        {
            writer.WriteU8((byte)(prefix | nibbleCount));
            return;
        }

        // The low bits all set say "more follows": then 255s while the rest is at least 255, then the rest.
        writer.WriteU8((byte)(prefix | max));
        var rest = nibbleCount - max;
        while (rest >= 255)
        {
            writer.WriteU8(255);
            rest -= 255;
        }

        writer.WriteU8((byte)rest);
    }

    /// <summary>Writes nibbles <paramref name="from"/>..<paramref name="to"/> of a byte key as a partial key.</summary>
    public static void WritePartial(ScaleWriter writer, ReadOnlySpan<byte> key, int from, int to)
    {
        var i = from;
        if (((to - from) & 1) == 1)
        {
            writer.WriteU8(Nibbles.At(key, i++));
        }

        for (; i < to; i += 2)
        {
            writer.WriteU8((byte)((Nibbles.At(key, i) << 4) | Nibbles.At(key, i + 1)));
        }
    }

    /// <summary>Writes a partial key held as one nibble per byte.</summary>
    public static void WritePartial(ScaleWriter writer, ReadOnlySpan<byte> nibbles)
    {
        var i = 0;
        if ((nibbles.Length & 1) == 1)
        {
            writer.WriteU8(nibbles[i++]);
        }

        for (; i < nibbles.Length; i += 2)
        {
            writer.WriteU8((byte)((nibbles[i] << 4) | nibbles[i + 1]));
        }
    }

    /// <summary>Writes a value: the bare 32-byte hash when <paramref name="hashed"/>, else Compact length and bytes.</summary>
    public static void WriteValue(ScaleWriter writer, ReadOnlySpan<byte> valueOrHash, bool hashed)
    {
        if (hashed)
        {
            writer.WriteBytes(valueOrHash);
        }
        else
        {
            writer.WriteByteVec(valueOrHash);
        }
    }

    /// <summary>Writes a child reference for a child whose full encoding is <paramref name="childEncoding"/>.</summary>
    public static void WriteChild(ScaleWriter writer, ReadOnlySpan<byte> childEncoding)
    {
        if (childEncoding.Length < TrieLayout.HashLength)
        {
            writer.WriteByteVec(childEncoding);
            return;
        }

        Span<byte> hash = stackalloc byte[TrieLayout.HashLength];
        Blake2b.Hash(childEncoding, hash);
        writer.WriteByteVec(hash);
    }

    /// <summary>The leaf or branch kind for a node with or without children and with the given value form.</summary>
    public static NodeKind KindOf(bool isBranch, bool hasValue, bool valueHashed) => (isBranch, hasValue, valueHashed) switch
    {
        (false, _, false) => NodeKind.Leaf,
        (false, _, true) => NodeKind.HashedValueLeaf,
        (true, false, _) => NodeKind.BranchNoValue,
        (true, true, false) => NodeKind.BranchWithValue,
        _ => NodeKind.HashedValueBranch,
    };

    /// <summary>Encodes a node held as parts; children are references (hashes or inline encodings).</summary>
    public static void Encode(ScaleWriter writer, ReadOnlySpan<byte> partial, byte[]? value, bool valueHashed, ReadOnlySpan<byte[]?> children)
    {
        var isBranch = !children.IsEmpty;
        WriteHeader(writer, KindOf(isBranch, value is not null, valueHashed), partial.Length);
        WritePartial(writer, partial);
        if (isBranch)
        {
            ushort bitmap = 0;
            for (var i = 0; i < 16; i++)
            {
                if (children[i] is not null)
                {
                    bitmap |= (ushort)(1 << i);
                }
            }

            writer.WriteU16(bitmap);
        }

        if (value is not null)
        {
            WriteValue(writer, value, valueHashed);
        }

        if (isBranch)
        {
            foreach (var child in children)
            {
                if (child is not null)
                {
                    writer.WriteByteVec(child);
                }
            }
        }
    }

    /// <summary>Decodes one non-empty node, checking it is in canonical form.</summary>
    /// <exception cref="InvalidTrieNodeException">The bytes are not a valid node.</exception>
    public static TrieNode Decode(ReadOnlySpan<byte> data)
    {
        try
        {
            return DecodeUnchecked(data);
        }
        catch (ScaleFormatException e)
        {
            throw new InvalidTrieNodeException("Truncated or malformed trie node.", e);
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            throw new InvalidTrieNodeException("Truncated trie node.", e);
        }
    }

    private static TrieNode DecodeUnchecked(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty || data[0] == EmptyTrie)
        {
            throw new InvalidTrieNodeException("The empty node is not stored as a node.");
        }

        var position = 0;
        var first = data[position++];
        var (kind, bits) = (first >> 6) switch
        {
            0b01 => (NodeKind.Leaf, 6),
            0b10 => (NodeKind.BranchNoValue, 6),
            0b11 => (NodeKind.BranchWithValue, 6),
            _ when (first & 0xE0) == 0x20 => (NodeKind.HashedValueLeaf, 5),
            _ when (first & 0xF0) == 0x10 => (NodeKind.HashedValueBranch, 4),
            _ => throw new InvalidTrieNodeException($"Unknown trie node header 0x{first:x2}."),
        };

        var max = (1 << bits) - 1;
        var nibbleCount = first & max;
        if (nibbleCount == max)
        {
            byte next;
            do
            {
                next = data[position++];
                nibbleCount += next;
            }
            while (next == 255);
        }

        var partialBytes = (nibbleCount + 1) / 2;
        var packed = data.Slice(position, partialBytes);
        position += partialBytes;
        var partial = new byte[nibbleCount];
        var odd = nibbleCount & 1;
        if (odd == 1)
        {
            if ((packed[0] & 0xF0) != 0)
            {
                throw new InvalidTrieNodeException("Padding nibble of an odd partial key is not zero.");
            }

            partial[0] = packed[0];
        }

        for (var i = odd; i < nibbleCount; i += 2)
        {
            var b = packed[(i + 1) / 2];
            partial[i] = (byte)(b >> 4);
            partial[i + 1] = (byte)(b & 0x0F);
        }

        var isBranch = kind is NodeKind.BranchNoValue or NodeKind.BranchWithValue or NodeKind.HashedValueBranch;
        ushort bitmap = 0;
        if (isBranch)
        {
            bitmap = BinaryPrimitives.ReadUInt16LittleEndian(data.Slice(position, 2));
            position += 2;
            if (bitmap == 0)
            {
                throw new InvalidTrieNodeException("A branch node without children.");
            }
        }

        byte[]? value = null;
        var hashed = kind is NodeKind.HashedValueLeaf or NodeKind.HashedValueBranch;
        if (hashed)
        {
            value = data.Slice(position, TrieLayout.HashLength).ToArray();
            position += TrieLayout.HashLength;
        }
        else if (kind is NodeKind.Leaf or NodeKind.BranchWithValue)
        {
            value = ReadVec(data, ref position);
        }

        byte[]?[]? children = null;
        if (isBranch)
        {
            children = new byte[]?[16];
            for (var i = 0; i < 16; i++)
            {
                if ((bitmap & (1 << i)) != 0)
                {
                    var child = ReadVec(data, ref position);
                    if (child.Length > TrieLayout.HashLength)
                    {
                        throw new InvalidTrieNodeException("A child reference longer than a hash.");
                    }

                    children[i] = child;
                }
            }
        }

        if (position != data.Length)
        {
            throw new InvalidTrieNodeException("Trailing bytes after a trie node.");
        }

        return new TrieNode(partial, value, hashed, children);
    }

    private static byte[] ReadVec(ReadOnlySpan<byte> data, ref int position)
    {
        var reader = new ScaleReader(data[position..]);
        var length = reader.ReadCompactLength();
        position += reader.Position;
        var bytes = data.Slice(position, length).ToArray();
        position += length;
        return bytes;
    }
}
