using Finney.Sdk.Wallets;

namespace Finney.Cli.Tests.Wallets;

public class WalletSignVerifyCommandTests
{
    [Fact]
    public void SignWithHotkey_ThenVerify_IsValid()
    {
        using var tree = new WalletTree();
        tree.Run("wallet", "regen-hotkey", "--wallet.name", "w", "--mnemonic", WalletTree.DevPhrase).ExitCode.ShouldBe(0);

        var sign = tree.Run("wallet", "sign", "--wallet.name", "w", "--use-hotkey", "--message", "hello finney");
        sign.ExitCode.ShouldBe(0, sign.Error);
        var signature = sign.Out.Trim();

        var verify = tree.Run("wallet", "verify", "--message", "hello finney", "--signature", signature, "--address", WalletTree.DevAddress);
        verify.ExitCode.ShouldBe(0, verify.Error);
        verify.Out.ShouldContain("Signature is valid");

        var tampered = tree.Run("wallet", "verify", "--message", "hello finney!", "--signature", signature, "--address", WalletTree.DevAddress);
        tampered.ExitCode.ShouldBe(1);
        tampered.Out.ShouldContain("NOT valid");
    }

    [Fact]
    public void SignWithEncryptedColdkey_PasswordFromEnvironment_Signs()
    {
        using var tree = new WalletTree();
        tree.Place("nacl-sdk-coldkey", "btcli", "coldkey");

        var sign = tree.Run(new Dictionary<string, string> { ["BT_COLD_PW_BTCLI"] = "Correct-Horse-7" }, "wallet", "sign", "--wallet.name", "btcli", "-m", "0x0102");

        sign.ExitCode.ShouldBe(0, sign.Error);
        var verify = tree.Run("wallet", "verify", "-m", "0x0102", "-s", sign.Out.Trim(), "-a", WalletTree.LegalWinnerAddress);
        verify.ExitCode.ShouldBe(0, verify.Out + verify.Error);
    }

    [Fact]
    public void SignWithEncryptedColdkey_WrongBtwalletPassword_FailsCleanlyAndChangesNothing()
    {
        using var tree = new WalletTree();
        var path = tree.Place("nacl-sdk-coldkey", "btcli", "coldkey");
        var before = File.ReadAllBytes(path);
        var variable = PasswordEnvironment.BtwalletVariableName(path);

        var run = tree.Run(new Dictionary<string, string> { [variable] = PasswordEnvironment.EncodeBtwallet(variable, "wrong-password") }, "wallet", "sign", "--wallet.name", "btcli", "-m", "x");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldStartWith("error: ");
        run.Error.ShouldContain("Nothing was changed");
        run.Error.ShouldNotContain("   at ");
        File.ReadAllBytes(path).ShouldBe(before);
    }

    [Fact]
    public void SignWithEncryptedColdkey_NoPasswordAndNoPrompt_NamesTheVariables()
    {
        using var tree = new WalletTree();
        tree.Place("nacl-sdk-coldkey", "btcli", "coldkey");

        var run = tree.Run("wallet", "sign", "--wallet.name", "btcli", "-m", "x");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("BT_COLD_PW_BTCLI");
    }

    [Fact]
    public void Verify_PolkadotJsBytesWrapping_IsAccepted()
    {
        using var tree = new WalletTree();
        tree.Run("wallet", "regen-hotkey", "--wallet.name", "w", "--mnemonic", WalletTree.DevPhrase).ExitCode.ShouldBe(0);
        var sign = tree.Run("wallet", "sign", "--wallet.name", "w", "--use-hotkey", "-m", "<Bytes>login</Bytes>");

        var verify = tree.Run("wallet", "verify", "--wallet.name", "w", "--use-hotkey", "-m", "login", "-s", sign.Out.Trim());

        verify.ExitCode.ShouldBe(0, verify.Out + verify.Error);
    }

    [Fact]
    public void Verify_MalformedSignature_IsAnInputError()
    {
        using var tree = new WalletTree();

        var run = tree.Run("wallet", "verify", "-m", "x", "-s", "0x1234", "-a", WalletTree.DevAddress);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("expected 64 bytes");
    }
}
