using System.Text.Json;
using Finney.Primitives.Keys;

namespace Finney.Cli.Tests.Keys;

public class KeyGenerateCommandTests
{
    [Theory]
    [InlineData("sr25519", 12)]
    [InlineData("ed25519", 24)]
    [InlineData("ecdsa", 15)]
    public void Generate_Json_GivesAPhraseThatInspectsToTheSameKey(string scheme, int words)
    {
        var run = CliRun.Of("key", "generate", "--scheme", scheme, "--words", words.ToString(System.Globalization.CultureInfo.InvariantCulture), "--output-type", "json");
        run.ExitCode.ShouldBe(0, run.Error);
        var generated = JsonDocument.Parse(run.Out).RootElement;
        var phrase = generated.GetProperty("secretPhrase").GetString()!;
        phrase.Split(' ').Length.ShouldBe(words);
        Mnemonic.IsValid(phrase).ShouldBeTrue();

        var inspected = JsonDocument.Parse(CliRun.Of("key", "inspect", phrase, "--scheme", scheme, "--output-type", "json").Out).RootElement;
        inspected.GetProperty("publicKey").GetString().ShouldBe(generated.GetProperty("publicKey").GetString());
        inspected.GetProperty("secretSeed").GetString().ShouldBe(generated.GetProperty("secretSeed").GetString());
    }

    [Fact]
    public void Generate_Text_StartsWithSecretPhrase()
    {
        var run = CliRun.Of("key", "generate");
        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldStartWith("Secret phrase:       ");
        run.Out.ShouldContain("SS58 Address:      5");
    }

    [Fact]
    public void Generate_BadWordCount_ExitsWithCode2()
    {
        var run = CliRun.Of("key", "generate", "--words", "13");
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--words");
    }
}
