using Finney.Primitives.Encoding;
using Finney.Primitives.Keys;

namespace Finney.Primitives.Tests.Keys;

public class SecretUriTests
{
    [Fact]
    public void Parse_DevAccount_UsesDevPhraseAndOneHardJunction()
    {
        var uri = SecretUri.Parse("//Alice");
        uri.Phrase.ShouldBe(SecretUri.DevPhrase);
        uri.Password.ShouldBeNull();
        uri.Junctions.Count.ShouldBe(1);
        uri.Junctions[0].IsHard.ShouldBeTrue();
        Hex.Encode(uri.Junctions[0].ChainCode).ShouldBe("0x14416c6963650000000000000000000000000000000000000000000000000000");
    }

    [Fact]
    public void Parse_PhrasePathAndPassword_SplitsAllParts()
    {
        var uri = SecretUri.Parse($"{SecretUri.DevPhrase}//hard/soft//0///my secret/pass");
        uri.Phrase.ShouldBe(SecretUri.DevPhrase);
        uri.Junctions.Select(j => j.IsHard).ShouldBe([true, false, true]);
        uri.Password.ShouldBe("my secret/pass");
    }

    [Fact]
    public void Parse_HexSeed_IsRecognised()
    {
        var uri = SecretUri.Parse("0xfac7959dbfe72f052e5a0c3c8d6530f202b02fd8f9f5ca3580ec8deb7797479e//Alice");
        uri.IsHexSeed.ShouldBeTrue();
        uri.Junctions.Count.ShouldBe(1);
    }

    [Fact]
    public void Parse_PasswordOnly_KeepsDevPhrase()
    {
        var uri = SecretUri.Parse("///password");
        uri.Phrase.ShouldBe(SecretUri.DevPhrase);
        uri.Junctions.ShouldBeEmpty();
        uri.Password.ShouldBe("password");
    }

    [Theory]
    [InlineData("bad,phrase")]
    [InlineData("phrase//")]
    public void Parse_Malformed_Throws(string text) => Should.Throw<FormatException>(() => SecretUri.Parse(text));

    [Fact]
    public void ToString_HidesSecrets()
    {
        var text = SecretUri.Parse($"{SecretUri.DevPhrase}//Alice///hunter2").ToString();
        text.ShouldNotContain("bottom");
        text.ShouldNotContain("hunter2");
    }

    // Chain codes from @polkadot/util-crypto keyExtractPath (appendix A) and sp-core's rules.
    [Theory]
    [InlineData("Alice", "0x14416c6963650000000000000000000000000000000000000000000000000000")]
    [InlineData("stash", "0x1473746173680000000000000000000000000000000000000000000000000000")]
    [InlineData("0", "0x0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("1", "0x0100000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("18446744073709551615", "0xffffffffffffffff000000000000000000000000000000000000000000000000")]
    [InlineData("+7", "0x0700000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("-1", "0x082d310000000000000000000000000000000000000000000000000000000000")]
    public void ChainCodeOf_MatchesSpCore(string code, string expected) =>
        Hex.Encode(DeriveJunction.ChainCodeOf(code)).ShouldBe(expected);

    [Fact]
    public void ChainCodeOf_LongName_IsBlake2Hashed()
    {
        var name = new string('x', 40);
        var encoded = new byte[] { 40 << 2 }.Concat(System.Text.Encoding.UTF8.GetBytes(name)).ToArray();
        DeriveJunction.ChainCodeOf(name).ShouldBe(Finney.Primitives.Hashing.Blake2b.Hash256(encoded));
    }
}
