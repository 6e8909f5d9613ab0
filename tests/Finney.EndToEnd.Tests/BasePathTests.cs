namespace Finney.EndToEnd.Tests;

/// <summary>A base path's database is refused, with a reason, when it is in use or was made with other settings.</summary>
public sealed class BasePathTests
{
    [Fact]
    public async Task ASecondNodeOnTheSameBasePath_ExitsWithTheLockError()
    {
        var basePath = NewBasePath();
        try
        {
            using var first = await NodeProcess.StartAsync("--dev", "--base-path", basePath);
            var (exitCode, output) = await NodeProcess.RunToExitAsync("--dev", "--base-path", basePath, "--rpc-port", "0");

            exitCode.ShouldBe(1, output);
            output.ShouldContain("cannot open the database");
            output.ShouldContain("lock", Case.Insensitive);
            first.IsRunning.ShouldBeTrue();
        }
        finally
        {
            Delete(basePath);
        }
    }

    [Fact]
    public async Task ReopeningWithAnotherPruningMode_ExitsWithTheModeItWasMadeWith()
    {
        var basePath = NewBasePath();
        try
        {
            using (var first = await NodeProcess.StartAsync("--dev", "--base-path", basePath, "--pruning", "64"))
            {
                first.Stop();
            }

            var (exitCode, output) = await NodeProcess.RunToExitAsync("--dev", "--base-path", basePath, "--pruning", "archive", "--rpc-port", "0");

            exitCode.ShouldBe(1, output);
            output.ShouldContain("keep 64");
        }
        finally
        {
            Delete(basePath);
        }
    }

    private static string NewBasePath() => Path.Combine(Path.GetTempPath(), "finney-e2e-" + Guid.NewGuid().ToString("N"));

    private static void Delete(string basePath)
    {
        if (Directory.Exists(basePath))
        {
            Directory.Delete(basePath, recursive: true);
        }
    }
}
