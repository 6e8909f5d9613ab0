using Finney.Primitives.Encoding;
using Finney.Primitives.Scale;

namespace Finney.Primitives.Tests.Scale;

public class BTreeMapCodecTests
{
    private static readonly IScaleCodec<IReadOnlyDictionary<ushort, ulong>> U16ToU64 = ScaleCodec.BTreeMap(ScaleCodec.U16, ScaleCodec.U64);

    // Numeric order is 2, 256, 300. Sorting the encoded keys as bytes would give 256 (0001), 2 (0200), 300 (2c01).
    [Fact]
    public void Encode_U16Keys_InNumericOrderNotEncodedByteOrder()
    {
        var map = new Dictionary<ushort, ulong> { [300] = 1, [2] = 5, [256] = 9 };

        Hex.Encode(ScaleCodec.Encode(U16ToU64, map)).ShouldBe(
            "0x0c" + "0200" + "0500000000000000" + "0001" + "0900000000000000" + "2c01" + "0100000000000000");
    }

    [Fact]
    public void Decode_IncreasingKeys_ReturnsSortedDictionary()
    {
        var map = ScaleCodec.Decode(U16ToU64, Hex.Decode("0x08" + "0200" + "0500000000000000" + "2c01" + "0100000000000000"));

        map.ShouldBeOfType<SortedDictionary<ushort, ulong>>();
        map.Keys.ShouldBe(new ushort[] { 2, 300 });
        map[300].ShouldBe(1UL);
    }

    [Fact]
    public void Decode_KeysOutOfOrder_Throws()
    {
        var ex = Should.Throw<ScaleFormatException>(() =>
            ScaleCodec.Decode(U16ToU64, Hex.Decode("0x08" + "2c01" + "0100000000000000" + "0200" + "0500000000000000")));

        ex.Offset.ShouldBe(11);
        ex.Message.ShouldContain("strictly increasing");
    }

    [Fact]
    public void Decode_DuplicateKey_Throws() =>
        Should.Throw<ScaleFormatException>(() =>
            ScaleCodec.Decode(U16ToU64, Hex.Decode("0x08" + "0200" + "0100000000000000" + "0200" + "0500000000000000")))
            .Message.ShouldContain("BTreeMap<u16, u64>: key at offset 11");

    [Fact]
    public void Encode_SortedDictionaryWithSameOrder_EqualsEncodingOfPlainDictionary()
    {
        var sorted = new SortedDictionary<ushort, ulong>(Comparer<ushort>.Default) { [9] = 1, [3] = 2 };
        var plain = new Dictionary<ushort, ulong> { [9] = 1, [3] = 2 };

        ScaleCodec.Encode(U16ToU64, sorted).ShouldBe(ScaleCodec.Encode(U16ToU64, plain));
    }

    [Fact]
    public void Encode_SortedDictionaryWithOtherOrder_StillEncodesInCodecOrder()
    {
        var descending = new SortedDictionary<ushort, ulong>(Comparer<ushort>.Create((a, b) => b.CompareTo(a))) { [1] = 0, [2] = 0 };

        Hex.Encode(ScaleCodec.Encode(U16ToU64, descending)).ShouldStartWith("0x08" + "0100");
    }

    [Fact]
    public void ByteArrayKeys_DefaultOrder_IsLexicographic()
    {
        var codec = ScaleCodec.BTreeMap(ScaleCodec.Bytes, ScaleCodec.U8);
        var map = new Dictionary<byte[], byte> { [[2]] = 1, [[1, 9]] = 2, [[1]] = 3 };

        Hex.Encode(ScaleCodec.Encode(codec, map)).ShouldBe("0x0c" + "0401" + "03" + "080109" + "02" + "0402" + "01");
    }

    [Fact]
    public void StringKeys_DefaultOrder_IsUtf8ByteOrder()
    {
        var codec = ScaleCodec.BTreeMap(ScaleCodec.Str, ScaleCodec.U8);
        // U+FF21 (3 UTF-8 bytes, ef bc a1) sorts before U+1F600 (f0 ...) in Rust, the reverse of .NET ordinal order.
        var map = new Dictionary<string, byte> { ["😀"] = 1, ["Ａ"] = 2, ["B"] = 3 };

        var decoded = ScaleCodec.Decode(codec, ScaleCodec.Encode(codec, map));

        decoded.Keys.ShouldBe(["B", "Ａ", "😀"]);
    }

    [Fact]
    public void TupleKeys_NetUidAndAccount_OrderedItemByItem()
    {
        var codec = ScaleCodec.BTreeMap(ScaleCodec.Tuple(ScaleCodec.U16, ScaleCodec.FixedBytes(2)), ScaleCodec.Bool);
        var map = new Dictionary<(ushort, byte[]), bool> { [(2, [0, 0])] = true, [(1, [9, 9])] = false, [(1, [0, 5])] = true };

        Hex.Encode(ScaleCodec.Encode(codec, map)).ShouldBe("0x0c" + "0100" + "0005" + "01" + "0100" + "0909" + "00" + "0200" + "0000" + "01");
    }

    [Fact]
    public void ExplicitComparer_DefinesOrder()
    {
        var codec = ScaleCodec.BTreeMap(ScaleCodec.U8, ScaleCodec.Unit, Comparer<byte>.Create((a, b) => b.CompareTo(a)));

        Hex.Encode(ScaleCodec.Encode(codec, new Dictionary<byte, ValueTuple> { [1] = default, [5] = default })).ShouldBe("0x080501");
    }

    [Fact]
    public void KeyTypeWithoutOrder_NoComparer_ThrowsAtConstruction() =>
        Should.Throw<ArgumentException>(() => ScaleCodec.BTreeMap(ScaleCodec.Option(ScaleCodec.U8), ScaleCodec.U8));

    [Fact]
    public void ComparerThatMergesDistinctKeys_ThrowsOnEncode()
    {
        var byParity = ScaleCodec.BTreeMap(ScaleCodec.U8, ScaleCodec.U8, Comparer<byte>.Create((a, b) => (a % 2).CompareTo(b % 2)));

        Should.Throw<ArgumentException>(() => ScaleCodec.Encode(byParity, new Dictionary<byte, byte> { [1] = 0, [3] = 0 }));
    }

    [Fact]
    public void Empty_EncodesAsZero()
    {
        Hex.Encode(ScaleCodec.Encode(U16ToU64, new Dictionary<ushort, ulong>())).ShouldBe("0x00");
        ScaleCodec.Decode(U16ToU64, [0]).ShouldBeEmpty();
    }
}
