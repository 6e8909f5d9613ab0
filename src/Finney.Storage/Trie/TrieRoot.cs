using Finney.Primitives.Hashing;
using Finney.Primitives.Scale;

namespace Finney.Storage.Trie;

/// <summary>
/// Roots of Substrate's base-16 Patricia–Merkle trie computed from a whole map at once: the state root of a
/// genesis or test state, and the extrinsics root of a block. Nodes are hashed with BLAKE2b-256; a child shorter
/// than 32 bytes is inlined into its parent; the root is always hashed. Same results as sp-trie's
/// <c>LayoutV1::trie_root</c> / <c>LayoutV0::ordered_trie_root</c>. The node's running state root is kept
/// incrementally by <see cref="TrieUpdater"/> instead.
/// </summary>
public static class TrieRoot
{
    /// <summary>The root of the empty trie, BLAKE2b-256 of the single byte 0x00, as hex.</summary>
    public const string EmptyRootHex = "0x03170a2e7597b7b7e3d84c05391d139a62b157e78786d8c082f29dcf4c111314";

    private static readonly byte[] EmptyRootBytes = Blake2b.Hash256([NodeCodec.EmptyTrie]);

    /// <summary>The root of the empty trie (a fresh copy).</summary>
    public static byte[] EmptyRoot => (byte[])EmptyRootBytes.Clone();

    /// <summary>True when <paramref name="root"/> is the empty trie's root.</summary>
    public static bool IsEmptyRoot(ReadOnlySpan<byte> root) => root.SequenceEqual(EmptyRootBytes);

    /// <summary>
    /// The state root (layout V1, values of 33 bytes or more stored by hash) of the entries, which must be in
    /// strictly ascending key order (as <see cref="MemoryState.Entries"/> and <see cref="StateOverlay.Changes"/> are).
    /// </summary>
    /// <exception cref="ArgumentException">Keys are not strictly ascending.</exception>
    public static byte[] StateRootV1(IEnumerable<KeyValuePair<byte[], byte[]>> sortedEntries) => Root(sortedEntries, StateVersion.V1);

    /// <summary>The root in layout V0 (every value inline) of entries in strictly ascending key order.</summary>
    /// <exception cref="ArgumentException">Keys are not strictly ascending.</exception>
    public static byte[] StateRootV0(IEnumerable<KeyValuePair<byte[], byte[]>> sortedEntries) => Root(sortedEntries, StateVersion.V0);

    /// <summary>
    /// The extrinsics root: the V0 trie whose keys are the SCALE Compact&lt;u32&gt; indices 0, 1, 2… and whose
    /// values are the encoded extrinsics.
    /// </summary>
    public static byte[] OrderedRootV0(IReadOnlyList<byte[]> values)
    {
        ArgumentNullException.ThrowIfNull(values);

        // Compact encoding does not preserve numeric order (64 encodes as 0x0101, after 1's 0x04), so sort the keys.
        var entries = new List<KeyValuePair<byte[], byte[]>>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            entries.Add(new(Compact.Encode((UInt128)(uint)i), values[i]));
        }

        entries.Sort((a, b) => ByteKeyComparer.Instance.Compare(a.Key, b.Key));
        return Root(entries, StateVersion.V0);
    }

    /// <summary>The root of entries in strictly ascending key order, in the given layout.</summary>
    /// <exception cref="ArgumentException">Keys are not strictly ascending.</exception>
    public static byte[] Root(IEnumerable<KeyValuePair<byte[], byte[]>> sortedEntries, StateVersion version)
    {
        ArgumentNullException.ThrowIfNull(sortedEntries);
        var entries = sortedEntries as IReadOnlyList<KeyValuePair<byte[], byte[]>> ?? [.. sortedEntries];
        for (var i = 1; i < entries.Count; i++)
        {
            if (ByteKeyComparer.Instance.Compare(entries[i - 1].Key, entries[i].Key) >= 0)
            {
                throw new ArgumentException($"Trie entries must be in strictly ascending key order (entry {i} is not).", nameof(sortedEntries));
            }
        }

        if (entries.Count == 0)
        {
            return EmptyRoot;
        }

        using var writer = new ScaleWriter(1024);
        new Builder(entries, version).Encode(writer, 0, entries.Count, 0);
        return Blake2b.Hash256(writer.WrittenSpan);
    }

    /// <summary>Recursive encoder over a sorted slice: the common prefix becomes the partial key, the rest splits by nibble.</summary>
    private sealed class Builder(IReadOnlyList<KeyValuePair<byte[], byte[]>> entries, StateVersion version)
    {
        public void Encode(ScaleWriter writer, int from, int to, int depth)
        {
            var first = entries[from].Key;
            if (to - from == 1)
            {
                var value = entries[from].Value;
                var hashed = TrieLayout.IsHashedValue(version, value.Length);
                NodeCodec.WriteHeader(writer, hashed ? NodeKind.HashedValueLeaf : NodeKind.Leaf, (first.Length * 2) - depth);
                NodeCodec.WritePartial(writer, first, depth, first.Length * 2);
                WriteValue(writer, value, hashed);
                return;
            }

            // Sorted: what the first and last keys share, every key in between shares too.
            var last = entries[to - 1].Key;
            var end = Math.Min(first.Length, last.Length) * 2;
            var prefixEnd = depth;
            while (prefixEnd < end && Nibbles.At(first, prefixEnd) == Nibbles.At(last, prefixEnd))
            {
                prefixEnd++;
            }

            // Only the first key can end at the branch (a key sorts before its extensions).
            var hasValue = first.Length * 2 == prefixEnd;
            var childStart = hasValue ? from + 1 : from;
            Span<int> bounds = stackalloc int[17];
            ushort bitmap = 0;
            var cursor = childStart;
            for (var nibble = 0; nibble < 16; nibble++)
            {
                bounds[nibble] = cursor;
                while (cursor < to && Nibbles.At(entries[cursor].Key, prefixEnd) == nibble)
                {
                    cursor++;
                }

                if (cursor > bounds[nibble])
                {
                    bitmap |= (ushort)(1 << nibble);
                }
            }

            bounds[16] = cursor;
            var value0 = hasValue ? entries[from].Value : null;
            var valueHashed = value0 is not null && TrieLayout.IsHashedValue(version, value0.Length);
            NodeCodec.WriteHeader(writer, NodeCodec.KindOf(isBranch: true, hasValue, valueHashed), prefixEnd - depth);
            NodeCodec.WritePartial(writer, first, depth, prefixEnd);
            writer.WriteU16(bitmap);
            if (value0 is not null)
            {
                WriteValue(writer, value0, valueHashed);
            }

            using var child = new ScaleWriter(256);
            for (var nibble = 0; nibble < 16; nibble++)
            {
                if (bounds[nibble + 1] > bounds[nibble])
                {
                    child.Clear();
                    Encode(child, bounds[nibble], bounds[nibble + 1], prefixEnd + 1);
                    NodeCodec.WriteChild(writer, child.WrittenSpan);
                }
            }
        }

        private static void WriteValue(ScaleWriter writer, byte[] value, bool hashed)
        {
            if (hashed)
            {
                Span<byte> hash = stackalloc byte[TrieLayout.HashLength];
                Blake2b.Hash(value, hash);
                writer.WriteBytes(hash);
            }
            else
            {
                writer.WriteByteVec(value);
            }
        }
    }
}
