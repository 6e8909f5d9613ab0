using Finney.Primitives.Encoding;
using Finney.Runtime.Blocks;

namespace Finney.Runtime.Tests.Blocks;

public sealed class HeaderTests
{
    private static readonly Header Vector = new(
        Enumerable.Repeat((byte)0x22, 32).ToArray(),
        1000,
        Enumerable.Repeat((byte)0x33, 32).ToArray(),
        Enumerable.Repeat((byte)0x44, 32).ToArray(),
        [new DigestItem(DigestItemKind.PreRuntime, DigestItem.AuraEngine, Hex.Decode("0xd552e31000000000"))]);

    [Fact]
    public void AppendixHeader_EncodesAndHashesAsTheVector()
    {
        Hex.Encode(Vector.Encode()).ShouldBe("0x2222222222222222222222222222222222222222222222222222222222222222a10f3333333333333333333333333333333333333333333333333333333333333333444444444444444444444444444444444444444444444444444444444444444404066175726120d552e31000000000");
        Hex.Encode(Vector.Hash()).ShouldBe("0x4057b02625a5213c566f00e4f5f63097b0c738ec703bb6ceb6bb6aff23a83722");
    }

    // Finney block 6,553,223 as a node served it (recorded in opentensor/bittensor's integration test data).
    [Fact]
    public void FinneyHeader_HashesAsTheChainDoes()
    {
        var logs = new[]
        {
            "0x06617572612007eebc0800000000",
            "0x0466726f6e8801e4783b7f433d5462d1b84cfc851cbcf2fe886103b02fab1cce30f82cdaf0d37000",
            "0x056175726101015e77e14c4e02e720bbd213a708dac67de5ea3494b41b6a87f03eee2d2d71557f2c960bd462e14433e758c6fe2584abec9b22b0d550bd25c76f836b413c526b8d",
        };
        var header = new Header(
            Hex.Decode("0xb5a3b72cc914b520a12e45e9f73fc3076b86fbae1be20b191fb7da4967c6ac47"),
            0x63fe87,
            Hex.Decode("0x800d3090504b36e496fc579edf9db972a9cbc7522d52d96d4804e3396b21be7d"),
            Hex.Decode("0xe3ccef094f2e6176bc4a2d2f42a2d0b0c5f815c8506cf4299c8390c0eac62d39"),
            [.. logs.Select(l => DigestItem.Type.Decode(Hex.Decode(l)))]);
        Hex.Encode(header.Hash()).ShouldBe("0x2830271e820b419253b79cbafea83f726354bbef26eb318835ffa774288de9ff");
        Runtime.Aura.AuraPallet.SlotOf(header.Digest).ShouldBe(0x08bcee07ul);
    }

    [Fact]
    public void Header_RoundTrips_WithEveryDigestKind()
    {
        var header = Vector with
        {
            Digest =
            [
                DigestItem.AuraPreRuntime(7),
                new DigestItem(DigestItemKind.Consensus, 0x6e6f7266, [1, 2]),
                new DigestItem(DigestItemKind.Seal, DigestItem.AuraEngine, new byte[64]),
                new DigestItem(DigestItemKind.Other, 0, [9]),
                new DigestItem(DigestItemKind.RuntimeEnvironmentUpdated, 0, []),
            ],
        };
        var back = Header.Decode(header.Encode());
        back.Encode().ShouldBe(header.Encode());
    }

    [Fact]
    public void Block_RoundTrips()
    {
        var block = new Block(Vector, [FinneyRuntime.TimestampInherent(1), FinneyRuntime.TimestampInherent(2)]);
        Block.Decode(block.Encode()).Encode().ShouldBe(block.Encode());
    }
}
