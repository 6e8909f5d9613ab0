namespace Finney.Sdk.Wallets;

/// <summary>Where wallets live: <c>~/.bittensor/wallets</c>, or <c>--wallet.path</c>, or <c>BT_WALLET_PATH</c>.</summary>
public static class WalletPaths
{
    /// <summary>btcli's default wallet root.</summary>
    public const string DefaultRoot = "~/.bittensor/wallets/";

    /// <summary>The environment variable that overrides the default root.</summary>
    public const string RootVariable = "BT_WALLET_PATH";

    /// <summary>The default wallet name (and default hotkey name).</summary>
    public const string DefaultName = "default";

    /// <summary>
    /// The absolute wallet root: <paramref name="explicitPath"/> when given, else <c>BT_WALLET_PATH</c>, else the
    /// default; a leading <c>~</c> is the home directory.
    /// </summary>
    public static string ResolveRoot(string? explicitPath, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var chosen = !string.IsNullOrWhiteSpace(explicitPath) ? explicitPath
            : environment(RootVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
            : DefaultRoot;
        return Path.GetFullPath(ExpandHome(chosen));
    }

    /// <summary>Replaces a leading <c>~</c> (alone or before a separator) with the user's home directory.</summary>
    public static string ExpandHome(string path)
    {
        if (path == "~" || path.StartsWith("~/", StringComparison.Ordinal) || path.StartsWith("~\\", StringComparison.Ordinal))
        {
            return Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) + path[1..];
        }

        return path;
    }
}
