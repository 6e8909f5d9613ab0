using Finney.Node.Chain;
using Finney.Node.Tests.Fakes;
using Finney.Primitives.Encoding;
using Finney.Storage.Database;
using Finney.Storage.Trie;

namespace Finney.Node.Tests.Rpc.Methods;

public sealed class ReadProofTests
{
    public static TheoryData<string> Stores => ["database", "memory"];

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task GetReadProof_ProvesTheValueAgainstTheHeadersStateRoot(string store)
    {
        using var node = new TestNode(store == "database" ? new DatabaseChainStore(StateDatabase.InMemory()) : new MemoryChainStore());
        node.AuthorBlock();
        var best = node.Node.Chain.Best;
        var key = Hex.Encode("genesis"u8);

        var result = (await node.ResultAsync("state_getReadProof", $"[[\"{key}\", \"0x0102\"], \"{best.Hash.ToHex()}\"]"))!;

        result["at"]!.GetValue<string>().ShouldBe(best.Hash.ToHex());
        var proof = result["proof"]!.AsArray().Select(n => Hex.Decode(n!.GetValue<string>())).ToList();
        proof.ShouldNotBeEmpty();
        TrieProof.Read(best.Header.StateRoot.ToArray(), proof, "genesis"u8).ShouldBe(new byte[] { 1 });
        TrieProof.Read(best.Header.StateRoot.ToArray(), proof, [1, 2]).ShouldBeNull();
    }

    [Fact]
    public async Task GetReadProof_AtAnUnknownBlock_IsAnError()
    {
        using var node = new TestNode(new DatabaseChainStore(StateDatabase.InMemory()));

        (await node.ErrorAsync("state_getReadProof", $"[[\"0x01\"], \"{Hex.Encode(new byte[32])}\"]"))["code"]!.GetValue<int>().ShouldBe(4003);
    }

    [Fact]
    public async Task RpcMethods_ListsGetReadProof()
    {
        using var node = new TestNode();

        (await node.ResultAsync("rpc_methods"))!["methods"]!.AsArray().Select(n => n!.GetValue<string>()).ShouldContain("state_getReadProof");
    }
}
