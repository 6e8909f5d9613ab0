namespace Finney.EndToEnd.Tests;

public sealed class NodeFlagsTests
{
    [Theory]
    [InlineData("--dev --rpc-port 70000", "RPC port must be between 0 and 65535")]
    [InlineData("--dev --block-time soon", "--block-time: 'soon' is not a duration")]
    [InlineData("--dev --pruning some", "--pruning: 'some' is neither a number of blocks nor 'archive'")]
    [InlineData("--dev --tmp --base-path /x", "--tmp and --base-path")]
    [InlineData("", "--dev, or --chain")]
    [InlineData("--dev --log info,txpool=loud", "--log: 'loud' is not a level")]
    [InlineData("--chain /no/such/spec.json", "no chain spec file at /no/such/spec.json")]
    public async Task BadFlags_ExitWithCode2AndAReadableError(string arguments, string message)
    {
        var (exitCode, output) = await NodeProcess.RunToExitAsync(arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        exitCode.ShouldBe(2, output);
        output.ShouldContain(message);
    }

    [Fact]
    public async Task Help_ListsTheFlags()
    {
        var (exitCode, output) = await NodeProcess.RunToExitAsync("--help");
        exitCode.ShouldBe(0);
        foreach (var flag in new[] { "--dev", "--chain", "--base-path", "--tmp", "--rpc-port", "--rpc-external", "--rpc-max-connections", "--block-time", "--name", "--log", "--pruning" })
        {
            output.ShouldContain(flag);
        }
    }
}
