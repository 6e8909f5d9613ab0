using System.Text;
using Finney.Primitives.Encoding;
using Finney.Sdk.Wallets;

namespace Finney.Sdk.Tests.Wallets;

public class KeyfileJsonTests
{
    private const string DevPhrase = "bottom drive obey lake curtain smoke basket hold race lonely fit walk";
    private const string OtherPhrase = "legal winner thank year wave sausage worth useful legal winner thank yellow";

    [Fact]
    public void Parse_PhraseAndSeedBoth_UsesThePhrase()
    {
        using var key = WalletKey.FromMnemonic(DevPhrase);
        using var parsed = KeyfileJson.Parse(KeyfileJson.Serialize(key));

        parsed.Mnemonic.ShouldBe(DevPhrase);
        parsed.AccountId.ShouldBe(key.AccountId);
        parsed.ExportSeed().ShouldBe(key.ExportSeed());
    }

    [Fact]
    public void Parse_SeedOnly_GivesTheSameKeyWithoutPhrase()
    {
        using var key = WalletKey.FromMnemonic(DevPhrase);
        var json = $"{{\"secretSeed\":\"{Hex.Encode(key.ExportSeed()!)}\"}}";

        using var parsed = KeyfileJson.Parse(Encoding.UTF8.GetBytes(json));

        parsed.AccountId.ShouldBe(key.AccountId);
        parsed.Mnemonic.ShouldBeNull();
    }

    [Fact]
    public void Parse_PrivateKeyInPolkadotJsForm_IsRecognisedByItsPublicKey()
    {
        using var key = WalletKey.FromMnemonic(DevPhrase);
        using var keypair = Primitives.Crypto.Sr25519.Sr25519Keypair.FromMiniSecret(key.ExportSeed()!);
        var json = $"{{\"privateKey\":\"{Hex.Encode(keypair.ToEd25519Bytes())}\",\"publicKey\":\"{key.AccountId.ToHex()}\"}}";

        using var parsed = KeyfileJson.Parse(Encoding.UTF8.GetBytes(json));

        parsed.AccountId.ShouldBe(key.AccountId);
        parsed.HasSecret.ShouldBeTrue();
    }

    [Fact]
    public void Parse_SecretOfAnotherKey_IsRefusedAsMalformed()
    {
        using var key = WalletKey.FromMnemonic(DevPhrase);
        using var other = WalletKey.FromMnemonic(OtherPhrase);
        var json = $"{{\"secretPhrase\":\"{OtherPhrase}\",\"ss58Address\":\"{key.Ss58Address}\"}}";

        var error = Should.Throw<KeyfileException>(() => KeyfileJson.Parse(Encoding.UTF8.GetBytes(json)));

        error.Error.ShouldBe(KeyfileError.Malformed);
        error.Message.ShouldContain("does not belong");
    }

    [Fact]
    public void Parse_AllNullsButAddress_IsPublicOnly()
    {
        using var key = WalletKey.FromMnemonic(DevPhrase);
        var json = $"{{\"accountId\": null, \"publicKey\": null, \"privateKey\": null, \"secretPhrase\": null, \"secretSeed\": null, \"ss58Address\": \"{key.Ss58Address}\"}}";

        using var parsed = KeyfileJson.Parse(Encoding.UTF8.GetBytes(json));

        parsed.HasSecret.ShouldBeFalse();
        parsed.AccountId.ShouldBe(key.AccountId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("{not json")]
    [InlineData("[1,2]")]
    [InlineData("0x1234")]
    [InlineData("{\"secretSeed\":\"0xzz\"}")]
    [InlineData("{\"secretPhrase\":\"zoo zoo zoo\"}")]
    public void Parse_Garbage_IsMalformed(string text) =>
        Should.Throw<KeyfileException>(() => KeyfileJson.Parse(Encoding.UTF8.GetBytes(text))).Error.ShouldBe(KeyfileError.Malformed);

    [Fact]
    public void Serialize_UriKey_WritesSecretButNoPhrase()
    {
        using var alice = WalletKey.FromUri("//Alice");
        var json = Encoding.UTF8.GetString(KeyfileJson.Serialize(alice));

        alice.Ss58Address.ShouldBe("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY");
        json.ShouldContain("\"secretPhrase\": null");
        using var parsed = KeyfileJson.Parse(Encoding.UTF8.GetBytes(json));
        parsed.AccountId.ShouldBe(alice.AccountId);
    }
}
