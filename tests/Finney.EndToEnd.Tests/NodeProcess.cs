using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Finney.EndToEnd.Tests;

/// <summary>
/// A real <c>finney-node</c> process on a free loopback port (it is started with <c>--rpc-port 0</c> and
/// the port is read from its "Running JSON-RPC server" log line). Its output is kept for failure messages.
/// Shared by source link with Finney.Conformance.Tests.
/// </summary>
public sealed partial class NodeProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource<int> _port = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private NodeProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => OnLine(e.Data);
        _process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        _process.Exited += (_, _) => _port.TrySetException(new InvalidOperationException($"finney-node exited with {_process.ExitCode} before serving RPC:\n{Output}"));
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>The RPC port.</summary>
    public int Port => _port.Task.Result;

    /// <summary>The WebSocket address.</summary>
    public Uri WebSocketUri => new($"ws://127.0.0.1:{Port}");

    /// <summary>Everything the node printed so far.</summary>
    public string Output
    {
        get
        {
            lock (_gate)
            {
                return string.Join('\n', _output);
            }
        }
    }

    /// <summary>True while the process runs.</summary>
    public bool IsRunning => !_process.HasExited;

    /// <summary>The built <c>finney-node.dll</c> of the same configuration as the running tests.</summary>
    public static string NodeDll
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "release" : "debug";
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Finney.slnx")))
                {
                    return Path.Combine(dir.FullName, "artifacts", "bin", "Finney.NodeHost", configuration, "finney-node.dll");
                }
            }

            throw new InvalidOperationException("Finney.slnx not found above the test assembly.");
        }
    }

    /// <summary>Starts the node with <paramref name="arguments"/> (plus <c>--rpc-port 0</c>) and waits until it serves RPC.</summary>
    public static async Task<NodeProcess> StartAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(NodeDll);
        foreach (var argument in arguments.Append("--rpc-port").Append("0"))
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.Start();
        var node = new NodeProcess(process);
        await node._port.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return node;
    }

    /// <summary>Runs the node to completion (for flag errors) and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunToExitAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(NodeDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return (process.ExitCode, await output + await error);
    }

    /// <summary>Waits until the node logs a line matching <paramref name="pattern"/>.</summary>
    public async Task WaitForLogAsync(string pattern, TimeSpan timeout)
    {
        var regex = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (regex.IsMatch(Output))
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"no log line matching /{pattern}/ within {timeout}:\n{Output}");
    }

    /// <summary>Kills the process at once, as a power cut would (SIGKILL).</summary>
    public void KillHard()
    {
        _process.Kill();
        _process.WaitForExit(10_000);
    }

    /// <summary>Asks the node to stop (SIGTERM) and waits; kills it after 10 s.</summary>
    public void Stop()
    {
        if (_process.HasExited)
        {
            return;
        }

        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        if (!_process.WaitForExit(10_000))
        {
            _process.Kill();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Stop();
        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _output.Add(line);
        }

        if (RpcLine().Match(line) is { Success: true } match)
        {
            _port.TrySetResult(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [GeneratedRegex(@"Running JSON-RPC server: addr=[\d.]+:(\d+)")]
    private static partial Regex RpcLine();
}
