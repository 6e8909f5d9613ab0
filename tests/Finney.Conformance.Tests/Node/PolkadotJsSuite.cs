using System.Diagnostics;
using System.Text.Json.Nodes;
using Finney.EndToEnd.Tests;

namespace Finney.Conformance.Tests.Node;

/// <summary>
/// Runs <c>tests/conformance/js/pjs-suite.mjs</c> (the real @polkadot/api 16.5.6) once against a fresh
/// <c>finney-node --dev</c> on a free port and keeps each check's result for the tests to assert.
/// </summary>
public sealed class PolkadotJsSuite : IAsyncLifetime
{
    /// <summary>The checks the script runs, in order.</summary>
    public static readonly string[] Checks =
    [
        "connect",
        "metadata and constants decode",
        "system.account query",
        "genesis header and state read proof",
        "payment info",
        "sr25519 transfer reaches inBlock and finalized",
        "ed25519 transfer",
        "utility.batch",
        "sudo",
        "invalid signature is rejected with 1010",
        "stale nonce is rejected with 1010",
        "unpayable fee is rejected with 1010",
        "account next index counts the pool",
    ];

    private NodeProcess? _node;

    /// <summary>Each check's JSON line, by name.</summary>
    public Dictionary<string, JsonObject> Results { get; } = [];

    /// <summary>What the script and the node printed, for failure messages.</summary>
    public string Transcript { get; private set; } = "";

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        _node = await NodeProcess.StartAsync("--dev", "--block-time", "500ms");
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = JsOracle.ScriptsDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("pjs-suite.mjs");
        start.ArgumentList.Add(_node.WebSocketUri.ToString());
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
        }

        Transcript = $"{await output}\n{await error}";
        foreach (var line in (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (JsonNode.Parse(line) is JsonObject result && result["name"]?.GetValue<string>() is { } name)
            {
                Results[name] = result;
            }
        }
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        _node?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>The node's log, for failure messages.</summary>
    public string NodeOutput => _node?.Output ?? "";
}
