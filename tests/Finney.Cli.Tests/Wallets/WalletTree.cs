namespace Finney.Cli.Tests.Wallets;

/// <summary>A throw-away wallet root for one test, with the committed keyfile vectors at hand.</summary>
internal sealed class WalletTree : IDisposable
{
    /// <summary>The mnemonic of Substrate's dev accounts; its sr25519 address is <see cref="DevAddress"/>.</summary>
    public const string DevPhrase = "bottom drive obey lake curtain smoke basket hold race lonely fit walk";

    /// <summary>The address of <see cref="DevPhrase"/>.</summary>
    public const string DevAddress = "5DfhGyQdFobKM8NsWvEeAKk5EQQgYe9AydgJ7rMB6E1EqRzV";

    /// <summary>Address of tests/fixtures/wallets/nacl-sdk-coldkey, polkadot-js-export.json and the "legal winner" phrase.</summary>
    public const string LegalWinnerAddress = "5EHgWw2Af1pnoc7f1A8bfmM97W3DAYW8xr82RfhLL9oAabAe";

    public WalletTree()
    {
        Root = Path.Combine(Path.GetTempPath(), "finney-cli-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    /// <summary>The wallet root (what <c>--wallet.path</c> names).</summary>
    public string Root { get; }

    /// <summary>tests/fixtures/wallets.</summary>
    public static string Fixtures { get; } = FindFixtures();

    /// <summary>A file in the wallet tree.</summary>
    public string PathOf(string wallet, params string[] parts) => Path.Combine([Root, wallet, .. parts]);

    /// <summary>Copies a committed vector into the tree, e.g. as <c>&lt;wallet&gt;/coldkey</c>.</summary>
    public string Place(string fixture, string wallet, params string[] parts)
    {
        var target = PathOf(wallet, parts);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(Path.Combine(Fixtures, fixture), target);
        return target;
    }

    /// <summary>Runs <c>finney</c> with <c>--wallet.path</c> pointing here, and no environment but <paramref name="environment"/>.</summary>
    public CliRun Run(IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        CliRun.WithEnvironment(environment ?? new Dictionary<string, string>(), string.Empty, [.. args, "--wallet.path", Root]);

    /// <summary>Runs <c>finney</c> with <c>--wallet.path</c> pointing here.</summary>
    public CliRun Run(params string[] args) => Run(null, args);

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static string FindFixtures()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Finney.slnx")))
            {
                return Path.Combine(dir.FullName, "tests", "fixtures", "wallets");
            }
        }

        throw new InvalidOperationException("Finney.slnx not found above the test assembly.");
    }
}
