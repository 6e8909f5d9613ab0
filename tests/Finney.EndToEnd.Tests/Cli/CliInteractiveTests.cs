namespace Finney.EndToEnd.Tests.Cli;

/// <summary>The prompts of the <c>finney</c> binary answered through a pseudo-terminal, as a person would.</summary>
public sealed class CliInteractiveTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "finney-e2e-pty-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task NewColdkey_PasswordTypedTwiceAtTheTerminal_EncryptsWithIt()
    {
        const string password = "Tr0ub4dor&3x";

        var create = await CliProcess.RunInTerminalAsync($"{password}\r{password}\r", TimeSpan.FromSeconds(4), "wallet", "new-coldkey", "--wallet.path", _root, "--wallet.name", "typed");
        var sign = await CliProcess.RunAsync(new Dictionary<string, string> { ["BT_COLD_PW_TYPED"] = password }, "wallet", "sign", "--wallet.path", _root, "--wallet.name", "typed", "-m", "hi");

        create.ExitCode.ShouldBe(0, create.Out + create.Error);
        create.Out.ShouldContain("Specify password for key encryption:");
        create.Out.ShouldContain("Retype your password:");
        create.Out.ShouldNotContain(password);
        create.Out.ShouldContain("finney wallet regen-coldkey --mnemonic \"");
        File.ReadAllText(Path.Combine(_root, "typed", "coldkey")).ShouldStartWith("$NACL");
        sign.ExitCode.ShouldBe(0, sign.Error);
        sign.Out.Trim().Length.ShouldBe(130);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
