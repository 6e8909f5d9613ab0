using Finney.Node.Authoring;
using Finney.Node.Blocks;
using Finney.Node.Tests.Fakes;
using Finney.Node.TxPool;
using Finney.Primitives.Keys;
using static Finney.Node.Tests.TxPool.TestExtrinsics;

namespace Finney.Node.Tests.Authoring;

public sealed class DevAuthoringTests
{
    [Fact]
    public void AuthorBlock_PutsTheInherentFirstThenReadyTransactionsInNonceOrder()
    {
        using var node = new TestNode();
        var pool = node.Node.Pool;
        pool.Submit(Signed(1, 1)).Outcome.ShouldBe(AcceptTxOutcome.Future);
        pool.Submit(Signed(1, 0)).Outcome.ShouldBe(AcceptTxOutcome.Ready);
        var block = node.AuthorBlock();
        block.Extrinsics.Count.ShouldBe(3);
        block.Extrinsics[0][1].ShouldBe((byte)0x04);
        block.Extrinsics[1].ShouldBe(Signed(1, 0));
        block.Extrinsics[2].ShouldBe(Signed(1, 1));
        pool.Count.ShouldBe(0);
        FakeRuntime.NonceOf(node.Node.Chain.AtBest.State, Account(1)).ShouldBe(2u);
    }

    [Fact]
    public void AuthorBlock_WritesAnIncreasingAuraSlotAndASealByAlice()
    {
        using var node = new TestNode();
        var first = node.AuthorBlock();
        var second = node.AuthorBlock();
        AuraDigests.SlotOf(second.Header)!.Value.ShouldBeGreaterThan(AuraDigests.SlotOf(first.Header)!.Value);

        var seal = second.Header.Digest[^1];
        seal.Kind.ShouldBe(DigestItemKind.Seal);
        seal.Engine.ShouldBe(DigestItem.AuraEngine);
        var unsealed = second.Header with { Digest = [.. second.Header.Digest.SkipLast(1)] };
        using var alice = KeyPairs.FromUri("//Alice", KeyScheme.Sr25519);
        Signatures.Verify(KeyScheme.Sr25519, alice.PublicKey, unsealed.Hash().ToArray(), seal.Data).ShouldBeTrue();
    }

    [Fact]
    public void AuthorBlock_FinalizesAtOnce()
    {
        using var node = new TestNode();
        var block = node.AuthorBlock();
        node.Node.Chain.Finalized.Hash.ShouldBe(block.Header.Hash());
    }

    [Fact]
    public void AuthorBlock_TransactionTheBuilderRefuses_LeavesThePoolAsInvalid()
    {
        using var node = new TestNode();
        var pool = node.Node.Pool;
        var statuses = new List<string>();
        var bytes = Signed(1, 0);
        pool.Submit(bytes, s => statuses.Add(s.Kind));
        node.Runtime.SpecVersion = 2;
        node.Node.Chain.Runtime.ShouldBe(node.Runtime);
        var block = node.AuthorBlock();
        block.Extrinsics.Count.ShouldBe(2);
        statuses.ShouldBe(["ready", "inBlock", "finalized"]);
    }

    [Fact]
    public void AuthorBlock_WatchersHearInBlockBeforeFinalizedWithTheBlockHash()
    {
        using var node = new TestNode();
        var statuses = new List<TxStatus>();
        node.Node.Pool.Submit(Signed(2, 0), statuses.Add);
        var block = node.AuthorBlock();
        statuses.Select(s => s.Kind).ShouldBe(["ready", "inBlock", "finalized"]);
        statuses[1].Hash.ShouldBe(block.Header.Hash());
        statuses[2].Hash.ShouldBe(block.Header.Hash());
    }

    [Fact]
    public async Task AuthorBlock_WithAFinalityDelay_FinalizesAfterItAndWatchersHearFinalizedThen()
    {
        using var node = new TestNode(finalityDelay: TimeSpan.FromMilliseconds(50));
        var statuses = new List<TxStatus>();
        node.Node.Pool.Submit(Signed(3, 0), s =>
        {
            lock (statuses)
            {
                statuses.Add(s);
            }
        });
        var block = node.AuthorBlock();
        node.Node.Chain.Finalized.Number.ShouldBe(0u);
        statuses.Select(s => s.Kind).ShouldBe(["ready", "inBlock"]);

        node.Time.Advance(TimeSpan.FromMilliseconds(50));
        for (var i = 0; i < 100 && node.Node.Chain.Finalized.Number == 0; i++)
        {
            await Task.Delay(10);
        }

        node.Node.Chain.Finalized.Hash.ShouldBe(block.Header.Hash());
        lock (statuses)
        {
            statuses.Select(s => s.Kind).ShouldBe(["ready", "inBlock", "finalized"]);
        }
    }
}
