using Finney.Primitives.Scale;
using Finney.Storage.Trie;

namespace Finney.Storage.Tests.Trie;

/// <summary>Node encodings byte for byte: sp-trie's own codec tests, header escapes, and decoding checks.</summary>
public class NodeCodecTests
{
    private static byte[] Header(NodeKind kind, int nibbles)
    {
        using var writer = new ScaleWriter();
        NodeCodec.WriteHeader(writer, kind, nibbles);
        return writer.ToArray();
    }

    // substrate/primitives/trie/src/lib.rs codec_trie_single_tuple: the whole trie is one leaf.
    [Fact]
    public void SingleTuple_IsOneLeaf()
    {
        using var writer = new ScaleWriter();
        NodeCodec.Encode(writer, [0xa, 0xa], [0xbb], valueHashed: false, []);
        writer.ToArray().ShouldBe(new byte[] { 0x42, 0xaa, 0x04, 0xbb });
    }

    // substrate/primitives/trie/src/lib.rs codec_trie_two_tuples_disjoint_keys: a branch with two inline leaves.
    [Fact]
    public void TwoDisjointKeys_IsBranchWithInlineLeaves()
    {
        using var leaf1 = new ScaleWriter();
        NodeCodec.Encode(leaf1, [0x3, 0x1, 0x4], [0xff], false, []);
        using var leaf2 = new ScaleWriter();
        NodeCodec.Encode(leaf2, [0x8, 0x1, 0x9], [0xfe], false, []);
        var children = new byte[]?[16];
        children[1] = leaf1.ToArray();
        children[4] = leaf2.ToArray();
        using var branch = new ScaleWriter();
        NodeCodec.Encode(branch, [], null, false, children);

        branch.ToArray().ShouldBe(new byte[]
        {
            0x80, 0x12, 0x00,
            0x14, 0x43, 0x03, 0x14, 0x04, 0xff,
            0x14, 0x43, 0x08, 0x19, 0x04, 0xfe,
        });
    }

    [Theory]
    [InlineData((int)NodeKind.Leaf, 0, new byte[] { 0x40 })]
    [InlineData((int)NodeKind.Leaf, 62, new byte[] { 0x7e })]
    [InlineData((int)NodeKind.Leaf, 63, new byte[] { 0x7f, 0x00 })]
    [InlineData((int)NodeKind.Leaf, 64, new byte[] { 0x7f, 0x01 })]
    [InlineData((int)NodeKind.Leaf, 63 + 255, new byte[] { 0x7f, 0xff, 0x00 })]
    [InlineData((int)NodeKind.BranchNoValue, 5, new byte[] { 0x85 })]
    [InlineData((int)NodeKind.BranchWithValue, 64, new byte[] { 0xff, 0x01 })]
    [InlineData((int)NodeKind.HashedValueLeaf, 30, new byte[] { 0x3e })]
    [InlineData((int)NodeKind.HashedValueLeaf, 31, new byte[] { 0x3f, 0x00 })]
    [InlineData((int)NodeKind.HashedValueBranch, 14, new byte[] { 0x1e })]
    [InlineData((int)NodeKind.HashedValueBranch, 15 + 300, new byte[] { 0x1f, 0xff, 0x2d })]
    public void Header_UsesSpTrieSizeEscape(int kind, int nibbles, byte[] expected)
    {
        Header((NodeKind)kind, nibbles).ShouldBe(expected);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(62)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(317)]
    [InlineData(318)]
    [InlineData(1000)]
    public void Decode_RoundTripsEveryKindAndLength(int nibbles)
    {
        var partial = Enumerable.Range(0, nibbles).Select(i => (byte)(i % 16)).ToArray();
        var hash = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
        var children = new byte[]?[16];
        children[0] = hash;
        children[15] = [0x42, 0xaa, 0x04, 0xbb];
        foreach (var (value, hashed, kids) in new (byte[]?, bool, byte[]?[])[] { ([1, 2], false, []), (hash, true, []), (null, false, children), ([7], false, children), (hash, true, children) })
        {
            using var writer = new ScaleWriter();
            NodeCodec.Encode(writer, partial, value, hashed, kids);
            var node = NodeCodec.Decode(writer.WrittenSpan);
            node.Partial.ShouldBe(partial);
            node.Value.ShouldBe(value);
            node.ValueIsHashed.ShouldBe(hashed);
            (node.Children is null).ShouldBe(kids.Length == 0);
            if (node.Children is not null)
            {
                node.Children[0].ShouldBe(hash);
                node.Children[15].ShouldBe(children[15]);
                node.Children.Count(c => c is not null).ShouldBe(2);
            }
        }
    }

    [Theory]
    [InlineData(new byte[] { 0x00 })]
    [InlineData(new byte[] { 0x01 })]
    [InlineData(new byte[] { 0x80, 0x00, 0x00 })]
    [InlineData(new byte[] { 0x43, 0x13, 0x14, 0x04, 0xff })]
    [InlineData(new byte[] { 0x42, 0xaa, 0x04 })]
    [InlineData(new byte[] { 0x42, 0xaa, 0x04, 0xbb, 0x00 })]
    public void Decode_RejectsMalformedNodes(byte[] data)
    {
        Should.Throw<InvalidTrieNodeException>(() => NodeCodec.Decode(data));
    }
}
