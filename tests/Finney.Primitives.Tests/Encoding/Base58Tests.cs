using Finney.Primitives.Encoding;

namespace Finney.Primitives.Tests.Encoding;

public class Base58Tests
{
    // Vectors from the Bitcoin Core base58 test suite (base58_encode_decode.json).
    [Theory]
    [InlineData("", "")]
    [InlineData("61", "2g")]
    [InlineData("626262", "a3gV")]
    [InlineData("636363", "aPEr")]
    [InlineData("73696d706c792061206c6f6e6720737472696e67", "2cFupjhnEsSn59qHXstmK2ffpLv2")]
    [InlineData("00eb15231dfceb60925886b67d065299925915aeb172c06647", "1NS17iag9jJgTHD1VXjvLCEnZuQ3rJDE9L")]
    [InlineData("516b6fcd0f", "ABnLTmg")]
    [InlineData("bf4f89001e670274dd", "3SEo3LWLoPntC")]
    [InlineData("572e4794", "3EFU7m")]
    [InlineData("ecac89cad93923c02321", "EJDM8drfXA6uyA")]
    [InlineData("10c8511e", "Rt5zm")]
    [InlineData("00000000000000000000", "1111111111")]
    public void EncodeDecode_BitcoinVectors_RoundTrip(string hex, string base58)
    {
        var bytes = Hex.Decode(hex);
        Base58.Encode(bytes).ShouldBe(base58);
        Base58.TryDecode(base58, out var decoded).ShouldBeTrue();
        decoded.ShouldBe(bytes);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("O")]
    [InlineData("I")]
    [InlineData("l")]
    [InlineData("3SEo3LWLoPntC ")]
    [InlineData("é")]
    public void TryDecode_CharacterOutsideAlphabet_ReturnsFalse(string text) =>
        Base58.TryDecode(text, out _).ShouldBeFalse();
}
