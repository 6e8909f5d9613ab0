using Finney.Node.Chain;
using Finney.Node.Tests.Fakes;
using Finney.Primitives.Encoding;
using Finney.Storage.Database;
using static Finney.Node.Tests.TxPool.TestExtrinsics;

namespace Finney.Node.Tests.Rpc.Methods;

/// <summary>On the database store, reads at a block behind the head go through that block's trie, not the head's flat copy.</summary>
public sealed class StateAtOldBlocksTests
{
    [Fact]
    public async Task KeysPagedAndStorage_AtAnOlderBlock_SeeThatBlocksState()
    {
        using var node = new TestNode(new DatabaseChainStore(StateDatabase.InMemory()));
        node.Node.Pool.Submit(Signed(1, 0));
        node.AuthorBlock();
        var first = node.Node.Chain.Best.Hash.ToHex();
        node.Node.Pool.Submit(Signed(2, 0));
        node.Node.Pool.Submit(Signed(1, 1));
        node.AuthorBlock();
        var prefix = Hex.Encode("nonce"u8);

        var keysThen = (await node.ResultAsync("state_getKeysPaged", $"[\"{prefix}\", 10, null, \"{first}\"]"))!.AsArray();
        var keysNow = (await node.ResultAsync("state_getKeysPaged", $"[\"{prefix}\", 10]"))!.AsArray();

        keysThen.Count.ShouldBe(1);
        keysNow.Count.ShouldBe(2);
        var key = keysThen[0]!.GetValue<string>();
        (await node.ResultAsync("state_getStorage", $"[\"{key}\", \"{first}\"]"))!.GetValue<string>().ShouldBe("0x01000000");
        (await node.ResultAsync("state_getStorage", $"[\"{key}\"]"))!.GetValue<string>().ShouldBe("0x02000000");
    }
}
