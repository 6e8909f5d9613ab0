using System.Text.Json;

namespace Finney.Sdk.Tests;

/// <summary>Paths of the committed vectors (tests/fixtures) and a scratch directory per test.</summary>
internal static class Fixtures
{
    /// <summary>The repository root (where Finney.slnx is).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>tests/fixtures/wallets.</summary>
    public static string Wallets => Path.Combine(Root, "tests", "fixtures", "wallets");

    /// <summary>A file under tests/fixtures/wallets.</summary>
    public static string Wallet(string file) => Path.Combine(Wallets, file);

    /// <summary>The parsed vectors.json manifest.</summary>
    public static IReadOnlyList<WalletVector> WalletVectors { get; } =
        JsonSerializer.Deserialize<List<WalletVector>>(File.ReadAllText(Wallet("vectors.json")), WebJson)!;

    private static JsonSerializerOptions WebJson => new(JsonSerializerDefaults.Web);

    /// <summary>A fresh empty directory that is deleted when disposed.</summary>
    public static TempDirectory TempDirectory() => new();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Finney.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Finney.slnx not found above the test assembly.");
    }
}

/// <summary>One entry of tests/fixtures/wallets/vectors.json (written by tools/wallet-vectors/generate.py).</summary>
internal sealed record WalletVector(string File, string Format, string Producer, string? Password, string Ss58Address, string PublicKey, bool HasSecret, string? Mnemonic)
{
    public override string ToString() => File;
}

/// <summary>A scratch directory under the system temp folder.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "finney-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
