using Finney.Primitives.Units;

namespace Finney.Primitives.Tests.Units;

public class TaoBalanceTests
{
    [Theory]
    [InlineData(0UL, "τ0.000000000")]
    [InlineData(1UL, "τ0.000000001")]
    [InlineData(1_000_000_000UL, "τ1.000000000")]
    [InlineData(1_234_500_000_000UL, "τ1,234.500000000")]
    [InlineData(ulong.MaxValue, "τ18,446,744,073.709551615")]
    public void ToString_FormatsLikeBtcli(ulong rao, string expected) => new TaoBalance(rao).ToString().ShouldBe(expected);

    [Theory]
    [InlineData("1", 1_000_000_000UL)]
    [InlineData("1.5", 1_500_000_000UL)]
    [InlineData("τ1.5", 1_500_000_000UL)]
    [InlineData("1.5τ", 1_500_000_000UL)]
    [InlineData("1,000 TAO", 1_000_000_000_000UL)]
    [InlineData(".000000001", 1UL)]
    [InlineData("0.000000001 tao", 1UL)]
    [InlineData("500ρ", 500UL)]
    [InlineData("ρ500", 500UL)]
    [InlineData("500 rao", 500UL)]
    [InlineData("18446744073.709551615", ulong.MaxValue)]
    [InlineData("18446744073709551615 rao", ulong.MaxValue)]
    public void Parse_ValidAmounts_AreExact(string text, ulong rao) => TaoBalance.Parse(text).Rao.ShouldBe(rao);

    [Theory]
    [InlineData("", "not an amount")]
    [InlineData("abc", "not an amount")]
    [InlineData("1.0000000001", "at most 9 decimals")]
    [InlineData("1.5 rao", "no decimals")]
    [InlineData("18446744073.709551616", "largest balance")]
    [InlineData("18446744074", "largest balance")]
    [InlineData("-1", "not an amount")]
    [InlineData("1e9", "not an amount")]
    public void TryParse_Invalid_ExplainsWhy(string text, string reason)
    {
        TaoBalance.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldContain(reason);
    }

    [Fact]
    public void Arithmetic_IsCheckedAndSaturatingWhereAsked()
    {
        Should.Throw<OverflowException>(() => TaoBalance.MaxValue + new TaoBalance(1));
        Should.Throw<OverflowException>(() => TaoBalance.Zero - new TaoBalance(1));
        TaoBalance.MaxValue.SaturatingAdd(new TaoBalance(5)).ShouldBe(TaoBalance.MaxValue);
        TaoBalance.Zero.SaturatingSub(new TaoBalance(5)).ShouldBe(TaoBalance.Zero);
        TaoBalance.FromTao(2).Rao.ShouldBe(2_000_000_000UL);
    }

    [Fact]
    public void Format_WithoutSymbolOrGrouping_IsPlainDecimal() =>
        new TaoBalance(1_234_500_000_000).Format(withSymbol: false, groupThousands: false).ShouldBe("1234.500000000");

    [Fact]
    public void ToRaoString_UsesRhoSymbol() => new TaoBalance(42).ToRaoString().ShouldBe("ρ42");
}
