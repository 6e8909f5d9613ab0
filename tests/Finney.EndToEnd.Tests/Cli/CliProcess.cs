using System.Diagnostics;

namespace Finney.EndToEnd.Tests.Cli;

/// <summary>Runs the built <c>finney</c> binary as a separate process, as a user's shell would.</summary>
internal static class CliProcess
{
    /// <summary>The built <c>finney.dll</c> of the same configuration as the running tests.</summary>
    public static string CliDll { get; } = NodeProcess.NodeDll.Replace(
        Path.Combine("Finney.NodeHost", Path.GetFileName(Path.GetDirectoryName(NodeProcess.NodeDll)!), "finney-node.dll"),
        Path.Combine("Finney.Cli", Path.GetFileName(Path.GetDirectoryName(NodeProcess.NodeDll)!), "finney.dll"),
        StringComparison.Ordinal);

    /// <summary>Runs <c>finney</c> with <paramref name="arguments"/>; stdin is closed at once, so nothing can be answered.</summary>
    public static Task<(int ExitCode, string Out, string Error)> RunAsync(IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        RunCommandAsync("dotnet", [CliDll, .. arguments], environment, stdin: null);

    /// <summary>
    /// Runs <c>finney</c> inside a pseudo-terminal (util-linux <c>script</c>) and types <paramref name="keys"/> after
    /// <paramref name="delay"/>: the interactive path with a real prompt.
    /// </summary>
    public static Task<(int ExitCode, string Out, string Error)> RunInTerminalAsync(string keys, TimeSpan delay, params string[] arguments)
    {
        var command = string.Join(' ', new[] { "dotnet", CliDll }.Concat(arguments).Select(Quote));
        return RunCommandAsync("script", ["-qec", command, "/dev/null"], null, (keys, delay));
    }

    private static async Task<(int, string, string)> RunCommandAsync(string file, string[] arguments, IReadOnlyDictionary<string, string>? environment, (string Keys, TimeSpan Delay)? stdin)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (stdin is { } input)
        {
            await Task.Delay(input.Delay);
            foreach (var key in input.Keys)
            {
                await process.StandardInput.WriteAsync(key);
                await process.StandardInput.FlushAsync();
                await Task.Delay(200);
            }
        }

        process.StandardInput.Close();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(90));
        return (process.ExitCode, await output, await error);
    }

    private static string Quote(string argument) => "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
