using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Finney.Conformance.Tests;

/// <summary>Runs one script of <c>tests/conformance/js</c> with a JSON request on stdin and parses its JSON answer.</summary>
public static class JsScript
{
    /// <summary>Runs <paramref name="script"/> with <paramref name="request"/>; a non-zero exit fails with the script's stderr.</summary>
    public static JsonNode Run(string script, object request)
    {
        if (!Directory.Exists(Path.Combine(JsOracle.ScriptsDirectory, "node_modules", "@polkadot", "types")))
        {
            throw new InvalidOperationException($"JavaScript conformance clients are not installed in {JsOracle.ScriptsDirectory}: run ./test.sh (or npm ci there).");
        }

        var start = new ProcessStartInfo("node", script)
        {
            WorkingDirectory = JsOracle.ScriptsDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(JsonSerializer.Serialize(request));
        process.StandardInput.Close();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{script} did not finish in 120 s.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} failed ({process.ExitCode}): {stderr.Result}");
        }

        return JsonNode.Parse(stdout.Result) ?? throw new InvalidOperationException($"{script} printed no JSON.");
    }
}
