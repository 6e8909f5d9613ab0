using Finney.Node.Blocks;
using Finney.Node.Chain;
using Finney.Node.Tests.Fakes;

namespace Finney.Node.Tests.Chain;

public sealed class BlockchainTests
{
    [Fact]
    public void Initialize_EmptyStore_CommitsGenesis()
    {
        using var node = new TestNode();
        var chain = node.Node.Chain;
        chain.Best.Number.ShouldBe(0u);
        chain.Best.Header.ParentHash.ShouldBe(Hash256.Zero);
        chain.GenesisHash.ShouldBe(chain.Best.Hash);
        chain.Best.Header.ExtrinsicsRoot.ToHex().ShouldBe("0x03170a2e7597b7b7e3d84c05391d139a62b157e78786d8c082f29dcf4c111314");
        chain.AtBest.State.Get("genesis"u8).ShouldBe([1]);
    }

    [Fact]
    public void Initialize_StoreWithBlocks_ResumesAtItsHead()
    {
        var store = new MemoryChainStore();
        Hash256 head;
        using (var first = new TestNode(store))
        {
            first.AuthorBlock();
            head = first.AuthorBlock().Header.Hash();
        }

        using var second = new TestNode(store);
        second.Node.Chain.Best.Number.ShouldBe(2u);
        second.Node.Chain.Best.Hash.ShouldBe(head);
        second.AuthorBlock().Header.Number.ShouldBe(3u);
    }

    [Fact]
    public void BlockHash_IsBlake2OfTheHeaderAsServed()
    {
        using var node = new TestNode();
        var block = node.AuthorBlock();
        var decoded = BlockHeader.Decode(block.Header.Encode());
        decoded.Hash().ShouldBe(block.Header.Hash());
        node.Node.Chain.HashAt(1).ShouldBe(block.Header.Hash());
    }

    [Fact]
    public void Import_BlockNotOnTheBest_IsRefused()
    {
        using var node = new TestNode();
        var chain = node.Node.Chain;
        var orphan = new Block(new BlockHeader(Hash256.Blake2([1]), 1, Hash256.Zero, Hash256.Zero, []), []);
        Should.Throw<InvalidOperationException>(() => chain.Import(orphan, orphan.Header.Hash(), new PreparedState(null, Hash256.Zero, []), finalize: true));
    }

    [Fact]
    public void StateAt_KeepsEveryBlocksOwnState()
    {
        using var node = new TestNode();
        node.AuthorBlock();
        node.AuthorBlock();
        var chain = node.Node.Chain;
        var first = chain.StateAt(chain.HashAt(1)!.Value)!.Get(FakeRuntime.TimestampKey);
        var second = chain.StateAt(chain.HashAt(2)!.Value)!.Get(FakeRuntime.TimestampKey);
        first.ShouldNotBe(second);
        chain.StateAt(chain.HashAt(0)!.Value)!.Get(FakeRuntime.TimestampKey).ShouldBeNull();
    }
}
