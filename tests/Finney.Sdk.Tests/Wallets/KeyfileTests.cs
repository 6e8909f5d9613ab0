using Finney.Sdk.Wallets;

namespace Finney.Sdk.Tests.Wallets;

public class KeyfileTests
{
    private const string DevPhrase = "bottom drive obey lake curtain smoke basket hold race lonely fit walk";

    [Fact]
    public void Save_Plaintext_WritesOwnerOnlyFileInOwnerOnlyDirectory()
    {
        using var temp = Fixtures.TempDirectory();
        var keyfile = new Keyfile(Path.Combine(temp.Path, "w", "hotkeys", "default"));
        using var key = WalletKey.FromMnemonic(DevPhrase);

        keyfile.Save(key, password: null, overwrite: false);

        keyfile.Format().ShouldBe(KeyfileFormat.Plaintext);
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(keyfile.Path).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
            File.GetUnixFileMode(Path.Combine(temp.Path, "w")).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        Directory.GetFiles(Path.GetDirectoryName(keyfile.Path)!).ShouldBe([keyfile.Path], "no temporary file is left behind");
        using var reopened = keyfile.Open();
        reopened.Mnemonic.ShouldBe(DevPhrase);
    }

    [Fact]
    public void Save_ExistingFileWithoutOverwrite_RefusesAndKeepsTheFile()
    {
        using var temp = Fixtures.TempDirectory();
        var keyfile = new Keyfile(Path.Combine(temp.Path, "hotkey"));
        File.WriteAllText(keyfile.Path, "precious");
        using var key = WalletKey.FromMnemonic(DevPhrase);

        Should.Throw<KeyfileException>(() => keyfile.Save(key, null, overwrite: false)).Error.ShouldBe(KeyfileError.AlreadyExists);

        File.ReadAllText(keyfile.Path).ShouldBe("precious");
    }

    [Fact]
    public void Open_MissingFile_IsNotFound() =>
        Should.Throw<KeyfileException>(() => new Keyfile("/nonexistent/finney/coldkey").Open()).Error.ShouldBe(KeyfileError.NotFound);

    [Fact]
    public void MigrateToNacl_AnsibleVault_ReencryptsVerifiesAndLeavesNoBackup()
    {
        using var temp = Fixtures.TempDirectory();
        var path = Path.Combine(temp.Path, "coldkey");
        File.Copy(Fixtures.Wallet("ansible-coldkey"), path);
        var keyfile = new Keyfile(path);

        var result = keyfile.MigrateToNacl("ansible-era-pw");

        result.ShouldBe(new KeyfileMigration(KeyfileFormat.AnsibleVault, Changed: true));
        keyfile.Format().ShouldBe(KeyfileFormat.Nacl);
        Directory.GetFiles(temp.Path).ShouldBe([path]);
        var plaintext = NaclKeyfileCipher.Decrypt(File.ReadAllBytes(path), "ansible-era-pw");
        using var key = KeyfileJson.Parse(plaintext);
        key.Ss58Address.ShouldBe(Fixtures.WalletVectors.Single(v => v.File == "ansible-coldkey").Ss58Address);
    }

    [Fact]
    public void MigrateToNacl_WrongPassword_WritesNothing()
    {
        using var temp = Fixtures.TempDirectory();
        var path = Path.Combine(temp.Path, "coldkey");
        File.Copy(Fixtures.Wallet("ansible-coldkey"), path);
        var before = File.ReadAllBytes(path);

        Should.Throw<KeyfileException>(() => new Keyfile(path).MigrateToNacl("wrong")).Error.ShouldBe(KeyfileError.WrongPassword);

        File.ReadAllBytes(path).ShouldBe(before);
        Directory.GetFiles(temp.Path).ShouldBe([path]);
    }

    [Fact]
    public void MigrateToNacl_AlreadyNacl_DoesNothing() =>
        new Keyfile(Fixtures.Wallet("nacl-sdk-coldkey")).MigrateToNacl("irrelevant").Changed.ShouldBeFalse();

    [Fact]
    public void NaclSealAndOpen_TamperedByte_DoesNotOpen()
    {
        var key = new byte[32];
        var sealedBytes = NaclKeyfileCipher.Seal("{\"a\":1}"u8, key);
        NaclKeyfileCipher.Open(sealedBytes, key).ShouldBe("{\"a\":1}"u8.ToArray());

        sealedBytes[^1] ^= 1;

        NaclKeyfileCipher.Open(sealedBytes, key).ShouldBeNull();
    }
}
