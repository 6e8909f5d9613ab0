using Finney.Primitives.Encoding;
using Finney.Primitives.Hashing;
using Finney.Runtime.Kernel;
using Finney.Runtime.Kernel.Storage;
using Finney.Storage;

namespace Finney.Runtime.Tests.Kernel.Storage;

public sealed class StorageItemTests
{
    private static readonly StorageValue<uint> Value = StorageValue<uint>.WithDefault("Test", "Value", Types.U32, 7);
    private static readonly StorageValue<uint> OptionalValue = StorageValue<uint>.Optional("Test", "Optional", Types.U32);

    public static TheoryData<StorageHasher> Reversible => [StorageHasher.Blake2_128Concat, StorageHasher.Twox64Concat, StorageHasher.Identity];

    [Fact]
    public void Value_ReadsDefault_UntilPut_AndAfterKill()
    {
        var state = new StateOverlay(new MemoryState());
        Value.Get(state).ShouldBe(7u);
        Value.Exists(state).ShouldBeFalse();
        Value.Put(state, 9);
        Value.Get(state).ShouldBe(9u);
        Value.Take(state).ShouldBe(9u);
        Value.Get(state).ShouldBe(7u);
        Value.DefaultBytes.ShouldBe([7, 0, 0, 0]);
        OptionalValue.DefaultBytes.ShouldBe([0]);
        OptionalValue.TryGet(state, out _).ShouldBeFalse();
    }

    [Fact]
    public void Map_KeyIsPrefixAndHashedKey()
    {
        var map = StorageMap<ushort, uint>.WithDefault("SubtensorModule", "NetworksAdded", StorageHasher.Identity, Types.U16, Types.U32, 0);
        Hex.Encode(map.KeyFor(1)).ShouldBe("0x658faa385070e074c85bf6b568cf05550e30450fc4d507a846032a7fa65d9a430100");
        var twox = StorageMap<ushort, uint>.WithDefault("X", "Y", StorageHasher.Twox64Concat, Types.U16, Types.U32, 0);
        Hex.Encode(twox.KeyFor(1)).ShouldEndWith("f1577fbf1d628fdd0100");
    }

    [Theory]
    [MemberData(nameof(Reversible))]
    public void Map_IteratesInKeyOrder_WithRecoveredKeys(StorageHasher hasher)
    {
        var map = StorageMap<uint, uint>.WithDefault("Test", "Map" + hasher, hasher, Types.U32, Types.U32, 0);
        var state = new StateOverlay(new MemoryState());
        foreach (var k in new uint[] { 5, 1, 900, 42 })
        {
            map.Insert(state, k, k * 2);
        }

        var entries = map.Iterate(state).ToList();
        entries.Count.ShouldBe(4);
        entries.ShouldAllBe(e => e.Value == e.Key * 2);
        map.Clear(state).ShouldBe(4);
        map.Iterate(state).ShouldBeEmpty();
    }

    [Fact]
    public void Map_WithOpaqueHasher_CannotIterate()
    {
        var map = StorageMap<uint, uint>.WithDefault("Test", "Opaque", StorageHasher.Blake2_256, Types.U32, Types.U32, 0);
        Should.Throw<InvalidOperationException>(() => map.Iterate(new MemoryState()).ToList());
    }

    [Fact]
    public void DoubleMap_IteratesByFirstKey_AndClearsItsPrefix()
    {
        var map = StorageDoubleMap<ushort, uint, ulong>.WithDefault("Test", "Double", (StorageHasher.Identity, Types.U16), (StorageHasher.Blake2_128Concat, Types.U32), Types.U64, 0);
        var state = new StateOverlay(new MemoryState());
        map.Insert(state, 1, 10, 100);
        map.Insert(state, 1, 11, 110);
        map.Insert(state, 2, 10, 200);
        map.Get(state, 1, 11).ShouldBe(110ul);
        map.Get(state, 3, 3).ShouldBe(0ul);
        map.IteratePrefix(state, 1).Select(e => e.Value).Order().ShouldBe([100ul, 110ul]);
        map.Iterate(state).Count().ShouldBe(3);
        map.ClearPrefix(state, 1).ShouldBe(2);
        map.Iterate(state).Single().ShouldBe(((ushort)2, 10u, 200ul));
        map.Hashers.ShouldBe([StorageHasher.Identity, StorageHasher.Blake2_128Concat]);
    }
}
