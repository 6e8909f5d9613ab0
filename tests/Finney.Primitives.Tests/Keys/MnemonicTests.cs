using System.Security.Cryptography;
using Finney.Primitives.Encoding;
using Finney.Primitives.Keys;

namespace Finney.Primitives.Tests.Keys;

public class MnemonicTests
{
    private const string AbandonAbout = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";

    // BIP-39 reference vectors (trezor/python-mnemonic vectors.json): entropy ↔ phrase.
    [Theory]
    [InlineData("00000000000000000000000000000000", AbandonAbout)]
    [InlineData("7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f", "legal winner thank year wave sausage worth useful legal winner thank yellow")]
    [InlineData("80808080808080808080808080808080", "letter advice cage absurd amount doctor acoustic avoid letter advice cage above")]
    [InlineData("ffffffffffffffffffffffffffffffff", "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000",
        "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon art")]
    [InlineData("ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
        "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo vote")]
    public void FromEntropyAndToEntropy_Bip39Vectors_RoundTrip(string entropyHex, string phrase)
    {
        var entropy = Hex.Decode(entropyHex);
        Mnemonic.FromEntropy(entropy).ShouldBe(phrase);
        Mnemonic.ToEntropy(phrase).ShouldBe(entropy);
    }

    [Fact]
    public void ToEntropy_DevPhrase_MatchesSubstrate() =>
        Hex.Encode(Mnemonic.ToEntropy(SecretUri.DevPhrase)).ShouldBe("0x1a486a5fbe53639984cb64b070755f7b");

    // substrate-bip39 seeds: PBKDF2 over the entropy, not over the sentence.
    [Theory]
    [InlineData(SecretUri.DevPhrase, "", "0xfac7959dbfe72f052e5a0c3c8d6530f202b02fd8f9f5ca3580ec8deb7797479e")]
    [InlineData(AbandonAbout, "", "0x4ed8d4b17698ddeaa1f1559f152f87b5d472f725ca86d341bd0276f1b61197e2")]
    [InlineData(AbandonAbout, "Substrate", "0x44e9d125f037ac1d51f0a7d3649689d422c2af8b1ec8e00d71db4d7bf6d127e3")]
    public void ToMiniSecret_KnownPhrases_MatchSubstrateBip39(string phrase, string password, string expected) =>
        Hex.Encode(Mnemonic.ToMiniSecret(phrase, password)).ShouldBe(expected);

    [Fact]
    public void ToEntropy_UnknownWord_NamesWordAndPosition()
    {
        var error = Should.Throw<FormatException>(() => Mnemonic.ToEntropy(AbandonAbout.Replace("about", "abuot", StringComparison.Ordinal)));
        error.Message.ShouldContain("Word 12");
        error.Message.ShouldContain("abuot");
    }

    [Fact]
    public void ToEntropy_BadChecksum_Throws() =>
        Should.Throw<FormatException>(() => Mnemonic.ToEntropy(AbandonAbout.Replace("about", "abandon", StringComparison.Ordinal)))
            .Message.ShouldContain("checksum");

    [Theory]
    [InlineData(11)]
    [InlineData(13)]
    [InlineData(25)]
    [InlineData(0)]
    public void ToEntropy_WrongWordCount_Throws(int count) =>
        Should.Throw<FormatException>(() => Mnemonic.ToEntropy(string.Join(' ', Enumerable.Repeat("abandon", count))))
            .Message.ShouldContain("12, 15, 18, 21 or 24");

    [Fact]
    public void ToEntropy_ExtraWhitespaceAndUppercase_AreTolerated() =>
        Mnemonic.ToEntropy("  ABANDON abandon\tabandon abandon abandon abandon abandon abandon abandon abandon abandon   about \n")
            .ShouldBe(new byte[16]);

    [Theory]
    [InlineData(12)]
    [InlineData(15)]
    [InlineData(18)]
    [InlineData(21)]
    [InlineData(24)]
    public void Generate_EachWordCount_GivesValidDistinctPhrases(int words)
    {
        var first = Mnemonic.Generate(words);
        var second = Mnemonic.Generate(words);
        first.Split(' ').Length.ShouldBe(words);
        Mnemonic.IsValid(first).ShouldBeTrue();
        first.ShouldNotBe(second);
    }

    [Fact]
    public void Generate_InvalidCount_Throws() => Should.Throw<ArgumentException>(() => Mnemonic.Generate(13));

    [Fact]
    public void Wordlist_IsTheStandardEnglishList()
    {
        var canonical = string.Join('\n', Bip39Wordlist.Words) + "\n";
        Hex.EncodeBare(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(canonical)))
            .ShouldBe("2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda");
        Bip39Wordlist.IndexOf("abandon").ShouldBe(0);
        Bip39Wordlist.IndexOf("zoo").ShouldBe(2047);
        Bip39Wordlist.IndexOf("notaword").ShouldBe(-1);
    }
}
