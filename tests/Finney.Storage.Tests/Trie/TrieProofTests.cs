using Finney.Storage.Database;
using Finney.Storage.Tests.Database;
using Finney.Storage.Trie;

namespace Finney.Storage.Tests.Trie;

public class TrieProofTests
{
    [Fact]
    public void AProof_AnswersItsKeysFromTheRootAlone()
    {
        using var database = StateDatabase.InMemory();
        var random = new RandomState(21);
        var model = new MemoryState();
        var changes = random.Changes(model, 400);
        TestChain.Commit(database, changes);
        model.Apply(changes);
        var head = database.Head!;
        var present = model.Entries.Where(e => e.Value.Length >= TrieLayout.HashedValueThreshold).Take(3).Select(e => e.Key).ToList();
        byte[] absent = [0xab, 0xcd];
        List<byte[]> keys = [.. present, absent];

        var proof = database.ReadProof(head.Hash, keys)!;

        proof.Count.ShouldBeGreaterThan(0);
        proof.Count.ShouldBeLessThan(model.Count, "a proof carries the touched paths, not the state");
        foreach (var key in keys)
        {
            TrieProof.Read(head.StateRoot, proof, key).ShouldBe(model.Get(key));
        }
    }

    [Fact]
    public void AProof_OfAnotherKey_DoesNotAnswer()
    {
        using var database = StateDatabase.InMemory();
        TestChain.Commit(database, [.. Enumerable.Range(0, 200).Select(i => new StateChange(BitConverter.GetBytes(i * 7919), new byte[40]))]);
        var head = database.Head!;
        var proof = database.ReadProof(head.Hash, [BitConverter.GetBytes(0)])!;

        Should.Throw<InvalidTrieNodeException>(() => TrieProof.Read(head.StateRoot, proof, BitConverter.GetBytes(199 * 7919)));
    }

    [Fact]
    public void ATamperedProof_DoesNotAnswer()
    {
        using var database = StateDatabase.InMemory();
        TestChain.Commit(database, [new([1], new byte[40]), new([2], [2]), new([1, 2], [3])]);
        var head = database.Head!;
        var proof = database.ReadProof(head.Hash, [[1]])!.Select(n => (byte[])n.Clone()).ToList();
        proof[^1][^1] ^= 1;

        Should.Throw<InvalidTrieNodeException>(() => TrieProof.Read(head.StateRoot, proof, [1]));
    }

    [Fact]
    public void ReadProof_OfAPrunedState_IsNull()
    {
        using var database = StateDatabase.InMemory(new StateDatabaseOptions { Pruning = StatePruning.KeepLast(1) });
        var genesis = TestChain.Commit(database, [new([1], [1])]);
        TestChain.Commit(database, [new([1], [2])]);

        database.ReadProof(genesis.Hash, [[1]]).ShouldBeNull();
        database.ReadProof(database.Head!.Hash, [[1]]).ShouldNotBeNull();
    }
}
