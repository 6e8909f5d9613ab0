namespace Finney.Cli.Tests.Keys;

public class KeySignVerifyCommandTests
{
    private const string Alice = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";
    private const string Bob = "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty";

    [Theory]
    [InlineData("sr25519")]
    [InlineData("ed25519")]
    [InlineData("ecdsa")]
    public void SignThenVerify_WithEachScheme_Verifies(string scheme)
    {
        var signature = CliRun.Of("key", "sign", "--suri", "//Alice", "--message", "hello finney", "--scheme", scheme);
        signature.ExitCode.ShouldBe(0, signature.Error);
        var verify = CliRun.Of("key", "verify", signature.Out.Trim(), "//Alice", "--message", "hello finney", "--scheme", scheme);
        verify.ExitCode.ShouldBe(0, verify.Error);
        verify.Out.ShouldContain("Signature verifies correctly.");
    }

    [Fact]
    public void Verify_AgainstAddressAndPublicHex_Verifies()
    {
        var signature = CliRun.Of("key", "sign", "--suri", "//Alice", "--message", "0xdeadbeef").Out.Trim();
        CliRun.Of("key", "verify", signature, Alice, "--message", "0xdeadbeef").ExitCode.ShouldBe(0);
        CliRun.Of("key", "verify", signature, "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d", "--hex", "--message", "deadbeef").ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Verify_KnownPolkadotJsSignature_Verifies() =>
        CliRun.Of(
            "key", "verify",
            "0xe0df2890737f384242e0a61e74eca36733da8023c1e685d29d7956c1adaa30194a4256d93a3d9c59787699189121051c964bc98ac4ca002c9eaf949b9dc2168e",
            Alice, "--message", "hello substrate").ExitCode.ShouldBe(0);

    [Fact]
    public void Verify_WrongSignerOrMessage_FailsWithCode1()
    {
        var signature = CliRun.Of("key", "sign", "--suri", "//Alice", "--message", "hello").Out.Trim();
        var wrongSigner = CliRun.Of("key", "verify", signature, Bob, "--message", "hello");
        wrongSigner.ExitCode.ShouldBe(1);
        wrongSigner.Error.ShouldContain("Signature invalid.");
        CliRun.Of("key", "verify", signature, Alice, "--message", "hellO").ExitCode.ShouldBe(1);
    }

    [Fact]
    public void Sign_MessageFromStdin_MatchesMessageOption()
    {
        var fromStdin = CliRun.WithInput("stdin message", "key", "sign", "--suri", "//Alice", "--scheme", "ed25519");
        var fromOption = CliRun.Of("key", "sign", "--suri", "//Alice", "--scheme", "ed25519", "--message", "stdin message");
        fromStdin.ExitCode.ShouldBe(0, fromStdin.Error);
        fromStdin.Out.ShouldBe(fromOption.Out);
    }

    [Fact]
    public void Sign_Ed25519_MatchesPolkadotJs() =>
        CliRun.Of("key", "sign", "--suri", "//Alice", "--scheme", "ed25519", "--message", "hello substrate").Out.Trim().ShouldBe(
            "0xc37b5a9024a0c8f3ae38eda3f4712e45f3220868c3bceeb3c63c9ab3f015754fe656878580239c8a86eeb5bfdcbf87160e6baa5e0798b5394b46b23d3d875c0b");

    [Fact]
    public void Sign_WithoutSuri_ExitsWithCode2()
    {
        var run = CliRun.Of("key", "sign", "--message", "x");
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--suri");
    }

    [Fact]
    public void Verify_NonHexSignature_ExitsWithCode2() =>
        CliRun.Of("key", "verify", "nothex", Alice, "--message", "x").ExitCode.ShouldBe(2);

    [Fact]
    public void Verify_BadHexMessage_ExitsWithCode2() =>
        CliRun.Of("key", "verify", "0x00", Alice, "--hex", "--message", "zz").ExitCode.ShouldBe(2);
}
