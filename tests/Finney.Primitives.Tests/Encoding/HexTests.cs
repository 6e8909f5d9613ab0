using Finney.Primitives.Encoding;

namespace Finney.Primitives.Tests.Encoding;

public class HexTests
{
    [Fact]
    public void Encode_WritesLowercaseWithPrefix() => Hex.Encode([0xAB, 0x01]).ShouldBe("0xab01");

    [Theory]
    [InlineData("0xAB01")]
    [InlineData("ab01")]
    [InlineData("0Xab01")]
    public void Decode_AcceptsEitherCaseAndOptionalPrefix(string text) => Hex.Decode(text).ShouldBe(new byte[] { 0xAB, 0x01 });

    [Theory]
    [InlineData("0xabc")]
    [InlineData("0xzz")]
    [InlineData("0x 1")]
    public void TryDecode_Invalid_ReturnsFalse(string text) => Hex.TryDecode(text, out _).ShouldBeFalse();

    [Fact]
    public void Decode_Invalid_ThrowsFormatExceptionQuotingInput() =>
        Should.Throw<FormatException>(() => Hex.Decode("0xabc")).Message.ShouldContain("0xabc");
}
