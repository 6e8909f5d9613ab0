using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Finney.Conformance.Tests;

/// <summary>
/// A running <c>tests/conformance/js/crypto-oracle.mjs</c>: the real polkadot.js and @scure/sr25519
/// answering one JSON request per line. One process serves a whole test class (see <see cref="JsOracleFixture"/>).
/// </summary>
public sealed class JsOracle : IDisposable
{
    private readonly Process _process;
    private readonly Lock _gate = new();

    private JsOracle(Process process) => _process = process;

    /// <summary>The folder with package.json and the scripts, found by walking up to the repository root.</summary>
    public static string ScriptsDirectory { get; } = FindScriptsDirectory();

    /// <summary>Starts node on the oracle script; fails with instructions when npm ci has not run.</summary>
    public static JsOracle Start()
    {
        if (!Directory.Exists(Path.Combine(ScriptsDirectory, "node_modules", "@polkadot", "util-crypto")))
        {
            throw new InvalidOperationException(
                $"JavaScript conformance clients are not installed in {ScriptsDirectory}: run ./test.sh (or npm ci there).");
        }

        var start = new ProcessStartInfo("node", "crypto-oracle.mjs")
        {
            WorkingDirectory = ScriptsDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        return new JsOracle(process);
    }

    /// <summary>Sends one request and returns its "ok" value; a JS-side error fails the test with its message.</summary>
    public JsonNode Ask(object request)
    {
        lock (_gate)
        {
            _process.StandardInput.WriteLine(JsonSerializer.Serialize(request));
            _process.StandardInput.Flush();
            var line = _process.StandardOutput.ReadLine()
                ?? throw new InvalidOperationException($"The JS oracle exited: {_process.StandardError.ReadToEnd()}");
            var answer = JsonNode.Parse(line)!.AsObject();
            if (answer.TryGetPropertyValue("error", out var error))
            {
                throw new InvalidOperationException($"JS oracle error for {JsonSerializer.Serialize(request)}: {error}");
            }

            return answer["ok"]!;
        }
    }

    /// <summary>Asks for a string answer.</summary>
    public string AskString(object request) => Ask(request).GetValue<string>();

    /// <summary>Asks for a boolean answer.</summary>
    public bool AskBool(object request) => Ask(request).GetValue<bool>();

    /// <summary>Closes stdin so node exits, and waits for it.</summary>
    public void Dispose()
    {
        _process.StandardInput.Close();
        if (!_process.WaitForExit(5000))
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private static string FindScriptsDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Finney.slnx")))
            {
                return Path.Combine(dir.FullName, "tests", "conformance", "js");
            }
        }

        throw new InvalidOperationException("Could not find the repository root (Finney.slnx) above the test assembly.");
    }
}

/// <summary>Shares one oracle process across the tests of a class.</summary>
public sealed class JsOracleFixture : IDisposable
{
    /// <summary>The oracle, started when the class's first test runs.</summary>
    public JsOracle Oracle { get; } = JsOracle.Start();

    /// <inheritdoc />
    public void Dispose() => Oracle.Dispose();
}
