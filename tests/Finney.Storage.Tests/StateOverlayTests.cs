using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Finney.Storage.Tests;

public class StateOverlayTests
{
    private static byte[] K(params byte[] bytes) => bytes;

    private static MemoryState Base(params (byte[] Key, byte[] Value)[] entries)
    {
        var state = new MemoryState();
        foreach (var (key, value) in entries)
        {
            state.Apply(new StateChange(key, value));
        }

        return state;
    }

    [Fact]
    public void Get_PrefersOverlayAndSeesDeletions()
    {
        var overlay = new StateOverlay(Base((K(1), K(10)), (K(2), K(20))));
        overlay.Set(K(1), K(11));
        overlay.Remove(K(2));
        overlay.Get(K(1)).ShouldBe(K(11));
        overlay.Get(K(2)).ShouldBeNull();
        overlay.Get(K(3)).ShouldBeNull();
    }

    [Fact]
    public void NextKey_MergesBaseAndOverlayAndSkipsDeleted()
    {
        var overlay = new StateOverlay(Base((K(1), K(0)), (K(3), K(0)), (K(5), K(0))));
        overlay.Set(K(2), K(0));
        overlay.Remove(K(3));
        overlay.Set(K(6), K(0));
        var keys = new List<byte[]>();
        for (var key = overlay.NextKey([]); key is not null; key = overlay.NextKey(key))
        {
            keys.Add(key);
        }

        keys.ShouldBe([K(1), K(2), K(5), K(6)]);
    }

    [Fact]
    public void Rollback_RestoresStateBeforeTransaction()
    {
        var overlay = new StateOverlay(Base((K(1), K(10))));
        overlay.Set(K(2), K(20));
        overlay.StartTransaction();
        overlay.Set(K(1), K(11));
        overlay.Remove(K(2));
        overlay.Set(K(3), K(30));
        overlay.RollbackTransaction();
        overlay.Get(K(1)).ShouldBe(K(10));
        overlay.Get(K(2)).ShouldBe(K(20));
        overlay.Get(K(3)).ShouldBeNull();
        overlay.Changes.Select(c => (Convert.ToHexString(c.Key), Convert.ToHexString(c.Value!))).ShouldBe([("02", "14")]);
    }

    [Fact]
    public void NestedCommit_ThenOuterRollback_UndoesInnerWrites()
    {
        var overlay = new StateOverlay(new MemoryState());
        overlay.StartTransaction();
        overlay.StartTransaction();
        overlay.Set(K(1), K(1));
        overlay.CommitTransaction();
        overlay.Get(K(1)).ShouldBe(K(1));
        overlay.RollbackTransaction();
        overlay.Get(K(1)).ShouldBeNull();
        overlay.Changes.ShouldBeEmpty();
    }

    [Fact]
    public void ClearPrefix_RemovesBaseAndOverlayKeysUnderPrefix()
    {
        var overlay = new StateOverlay(Base((K(1, 1), K(0)), (K(1, 2), K(0)), (K(2, 1), K(0))));
        overlay.Set(K(1, 3), K(0));
        overlay.ClearPrefix(K(1)).ShouldBe(3);
        overlay.KeysWithPrefix([], 10).ShouldBe([K(2, 1)]);
    }

    [Fact]
    public void Changes_WithOpenTransaction_Throws()
    {
        var overlay = new StateOverlay(new MemoryState());
        overlay.StartTransaction();
        Should.Throw<InvalidOperationException>(() => overlay.Changes.ToList());
    }

    [Fact]
    public void CommitWithoutTransaction_Throws() =>
        Should.Throw<InvalidOperationException>(() => new StateOverlay(new MemoryState()).CommitTransaction());

    [Fact]
    public void KeysWithPrefix_PagesStrictlyAfterStartKey()
    {
        var state = Base((K(7), K(0)), (K(7, 1), K(0)), (K(7, 2), K(0)), (K(7, 3), K(0)), (K(8), K(0)));
        state.KeysWithPrefix(K(7), 2).ShouldBe([K(7), K(7, 1)]);
        state.KeysWithPrefix(K(7), 10, K(7, 1)).ShouldBe([K(7, 2), K(7, 3)]);
    }

    // Random programs of writes and transactions against a model that snapshots the whole map.
    [Property(MaxTest = 300)]
    public Property RandomOperations_MatchSnapshotModel() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, 60).SelectMany(n => Gen.ArrayOf(OperationGen(), n))), operations =>
        {
            var baseState = Base((K(1), K(1)), (K(3), K(3)), (K(3, 1), K(31)), (K(5), K(5)));
            var overlay = new StateOverlay(baseState);
            var model = new SortedDictionary<byte[], byte[]>(baseState.Entries.ToDictionary(e => e.Key, e => e.Value, ByteKeyComparer.Instance), ByteKeyComparer.Instance);
            var snapshots = new Stack<SortedDictionary<byte[], byte[]>>();
            foreach (var (kind, key, value) in operations)
            {
                switch (kind)
                {
                    case 0:
                        overlay.Set(key, value);
                        model[key] = value;
                        break;
                    case 1:
                        overlay.Remove(key);
                        model.Remove(key);
                        break;
                    case 2:
                        overlay.ClearPrefix(key);
                        foreach (var k in model.Keys.Where(k => k.AsSpan().StartsWith(key)).ToList())
                        {
                            model.Remove(k);
                        }

                        break;
                    case 3:
                        overlay.StartTransaction();
                        snapshots.Push(new SortedDictionary<byte[], byte[]>(model, ByteKeyComparer.Instance));
                        break;
                    case 4 when snapshots.Count > 0:
                        overlay.CommitTransaction();
                        snapshots.Pop();
                        break;
                    case 5 when snapshots.Count > 0:
                        overlay.RollbackTransaction();
                        model = snapshots.Pop();
                        break;
                }
            }

            var iterated = overlay.KeysWithPrefix([], int.MaxValue);
            return iterated.SequenceEqual(model.Keys, ByteKeyComparer.Instance)
                && model.All(e => overlay.Get(e.Key).AsSpan().SequenceEqual(e.Value));
        });

    private static Gen<(int Kind, byte[] Key, byte[] Value)> OperationGen() =>
        from kind in Gen.Choose(0, 5)
        from length in Gen.Choose(0, 2)
        from key in Gen.ArrayOf(Gen.Elements<byte>(1, 2, 3, 4, 5), length)
        from value in Gen.Elements<byte>(7, 8, 9)
        select (kind, key, new[] { value });
}
