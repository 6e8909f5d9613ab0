using Finney.Primitives.Scale;

namespace Finney.Primitives.Tests.Scale;

public class RustOrderTests
{
    [Theory]
    [InlineData("a", "b", -1)]
    [InlineData("ab", "a", 1)]
    [InlineData("Ａ", "😀", -1)]      // ef bc a1 < f0 9f 98 80
    [InlineData("\ud7ff", "\ue000", -1)]
    [InlineData("😀", "😁", -1)]
    [InlineData("", "", 0)]
    public void Strings_MatchUtf8ByteOrder(string x, string y, int expected)
    {
        Math.Sign(RustOrder.Strings.Compare(x, y)).ShouldBe(expected);
        Math.Sign(System.Text.Encoding.UTF8.GetBytes(x).AsSpan().SequenceCompareTo(System.Text.Encoding.UTF8.GetBytes(y))).ShouldBe(expected);
    }

    [Fact]
    public void Bytes_PrefixSortsFirst()
    {
        RustOrder.Bytes.Compare([1], [1, 0]).ShouldBeLessThan(0);
        RustOrder.Bytes.Compare([2], [1, 9]).ShouldBeGreaterThan(0);
        RustOrder.Bytes.Compare(null, [0]).ShouldBeLessThan(0);
    }

    [Fact]
    public void For_PicksRustOrderForBytesAndStrings()
    {
        RustOrder.For<byte[]>().ShouldBeSameAs(RustOrder.Bytes);
        RustOrder.For<string>().ShouldBeSameAs(RustOrder.Strings);
        RustOrder.For<ushort>().ShouldBeSameAs(Comparer<ushort>.Default);
    }

    [Fact]
    public void For_PairWithBytes_ComparesItemByItemInRustOrder()
    {
        var order = RustOrder.For<(ushort, byte[])>();

        order.Compare((1, [9]), (2, [0])).ShouldBeLessThan(0);
        order.Compare((2, [1]), (2, [1, 0])).ShouldBeLessThan(0);
        order.Compare((2, [1]), (2, [1])).ShouldBe(0);
    }

    [Fact]
    public void For_TripleWithString_UsesUtf8OrderForText() =>
        RustOrder.For<(byte, string, uint)>().Compare((1, "😀", 0), (1, "Ａ", 9)).ShouldBeGreaterThan(0);

    [Fact]
    public void For_PairWithUnorderedItem_Throws() =>
        Should.Throw<ArgumentException>(() => RustOrder.For<(ushort, object)>());

    [Fact]
    public void For_TypeWithoutOrder_Throws() =>
        Should.Throw<ArgumentException>(() => RustOrder.For<object>());
}
