using Finney.Sdk.Wallets;

namespace Finney.Sdk.Tests.Wallets;

/// <summary>
/// Every keyfile written by a third-party implementation (PyNaCl, ansible-core, cryptography's Fernet,
/// @polkadot/keyring; see tools/wallet-vectors/generate.py) opens in Finney to the key the manifest names.
/// </summary>
public class WalletVectorTests
{
    public static TheoryData<string> VectorFiles => [.. Fixtures.WalletVectors.Select(v => v.File)];

    [Theory]
    [MemberData(nameof(VectorFiles))]
    public void Vector_OpensWithItsPassword_ToTheExpectedKey(string file)
    {
        var vector = Fixtures.WalletVectors.Single(v => v.File == file);
        var path = Fixtures.Wallet(vector.File);

        using var key = vector.Format == "PolkadotJson"
            ? PolkadotJsonExport.Decrypt(File.ReadAllText(path), vector.Password!)
            : new Keyfile(path).Open(vector.Password);

        if (vector.Format != "PolkadotJson")
        {
            new Keyfile(path).Format().ToString().ShouldBe(vector.Format);
        }

        key.Ss58Address.ShouldBe(vector.Ss58Address);
        key.AccountId.ToHex().ShouldBe(vector.PublicKey);
        key.HasSecret.ShouldBe(vector.HasSecret);
        if (vector.Mnemonic is not null && vector.Format != "PolkadotJson")
        {
            key.Mnemonic.ShouldBe(vector.Mnemonic);
        }

        if (key.HasSecret)
        {
            var signature = key.Sign("finney"u8);
            WalletKey.Verify(key.AccountId, "finney"u8, signature).ShouldBeTrue();
        }
    }

    [Fact]
    public void AnsibleVault_WrongPassword_IsReportedAsWrongPassword()
    {
        var error = Should.Throw<KeyfileException>(() => new Keyfile(Fixtures.Wallet("ansible-coldkey")).Open("not-the-password"));
        error.Error.ShouldBe(KeyfileError.WrongPassword);
        error.Message.ShouldContain("Wrong password");
    }

    [Fact]
    public void Nacl_WrongPassword_IsReportedAsWrongPassword()
    {
        var error = Should.Throw<KeyfileException>(() => new Keyfile(Fixtures.Wallet("nacl-sdk-coldkey")).Open("not-the-password"));
        error.Error.ShouldBe(KeyfileError.WrongPassword);
    }

    [Fact]
    public void PolkadotExport_WrongPassword_IsReportedAsWrongPassword()
    {
        var json = File.ReadAllText(Fixtures.Wallet("polkadot-js-export.json"));
        Should.Throw<KeyfileException>(() => PolkadotJsonExport.Decrypt(json, "nope")).Error.ShouldBe(KeyfileError.WrongPassword);
    }

    [Fact]
    public void EncryptedFile_NoPassword_AsksForOne()
    {
        Should.Throw<KeyfileException>(() => new Keyfile(Fixtures.Wallet("ansible-coldkey")).Open()).Error.ShouldBe(KeyfileError.PasswordRequired);
    }

    [Fact]
    public void Serialize_SameKeyAsSdk_MatchesPythonJsonDumpsByteForByte()
    {
        using var key = WalletKey.FromMnemonic("bottom drive obey lake curtain smoke basket hold race lonely fit walk");

        KeyfileJson.Serialize(key).ShouldBe(File.ReadAllBytes(Fixtures.Wallet("hotkey-sdk-plain")));
    }

    [Fact]
    public void SerializePublic_SameKeyAsSdk_MatchesPythonColdkeypubByteForByte()
    {
        var vector = Fixtures.WalletVectors.Single(v => v.File == "coldkeypub-sdk.txt");
        using var key = WalletKey.FromPublicKey(Primitives.Accounts.AccountId32.Parse(vector.Ss58Address));

        KeyfileJson.Serialize(key).ShouldBe(File.ReadAllBytes(Fixtures.Wallet("coldkeypub-sdk.txt")));
    }
}
