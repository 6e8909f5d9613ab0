namespace Finney.Cli.Tests.Utils;

public class UtilsConvertCommandTests
{
    [Fact]
    public void Convert_Tao_PrintsExactRao()
    {
        var run = CliRun.Of("utils", "convert", "--tao", "1.000000001");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.Trim().ShouldBe("τ1.000000001 = ρ1000000001");
    }

    [Fact]
    public void Convert_Rao_PrintsTaoWithNineDecimals()
    {
        var run = CliRun.Of("utils", "convert", "--rao", "1,500,000,000");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.Trim().ShouldBe("ρ1500000000 = τ1.500000000");
    }

    [Theory]
    [InlineData("--tao", "1.0000000001", "--tao:")]
    [InlineData("--rao", "1.5", "not a whole number")]
    [InlineData("--rao", "-3", "not a whole number")]
    public void Convert_BadAmount_IsAnInputError(string option, string value, string message)
    {
        var run = CliRun.Of("utils", "convert", option, value);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain(message);
    }

    [Fact]
    public void Convert_BothOrNeither_IsRefused()
    {
        CliRun.Of("utils", "convert").Error.ShouldContain("exactly one of --tao and --rao");
        CliRun.Of("utils", "convert", "--tao", "1", "--rao", "1").ExitCode.ShouldBe(2);
    }
}
