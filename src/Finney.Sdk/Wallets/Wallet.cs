namespace Finney.Sdk.Wallets;

/// <summary>
/// A wallet in btcli's tree: <c>&lt;root&gt;/&lt;name&gt;/coldkey</c>, <c>coldkeypub.txt</c>,
/// <c>hotkeys/&lt;hotkey&gt;</c> and <c>hotkeys/&lt;hotkey&gt;pub.txt</c>.
/// </summary>
public sealed class Wallet
{
    private const string HotkeysFolder = "hotkeys";
    private const string PublicSuffix = "pub.txt";

    /// <summary>The wallet <paramref name="name"/> under <paramref name="root"/> (already resolved, see <see cref="WalletPaths.ResolveRoot"/>).</summary>
    /// <exception cref="ArgumentException">A name is empty or would leave the wallet's directory.</exception>
    public Wallet(string root, string name, string hotkey = WalletPaths.DefaultName)
    {
        Root = Path.GetFullPath(root);
        Name = CheckName(name, nameof(name));
        HotkeyName = CheckName(hotkey, nameof(hotkey));
    }

    /// <summary>The directory holding all wallets.</summary>
    public string Root { get; }

    /// <summary>The wallet's name (its directory).</summary>
    public string Name { get; }

    /// <summary>The hotkey used when none is named.</summary>
    public string HotkeyName { get; }

    /// <summary>The wallet's directory.</summary>
    public string Directory => Path.Combine(Root, Name);

    /// <summary>True when the wallet's directory exists.</summary>
    public bool Exists => System.IO.Directory.Exists(Directory);

    /// <summary>The encrypted coldkey.</summary>
    public Keyfile Coldkey => new(Path.Combine(Directory, "coldkey"));

    /// <summary>The coldkey's public half, never encrypted.</summary>
    public Keyfile ColdkeyPub => new(Path.Combine(Directory, "coldkeypub.txt"));

    /// <summary>A hotkey's keyfile (default: <see cref="HotkeyName"/>).</summary>
    public Keyfile Hotkey(string? name = null) => new(Path.Combine(Directory, HotkeysFolder, CheckName(name ?? HotkeyName, nameof(name))));

    /// <summary>A hotkey's public half, as btwallet writes it (<c>hotkeys/&lt;name&gt;pub.txt</c>).</summary>
    public Keyfile HotkeyPub(string? name = null) => new(Path.Combine(Directory, HotkeysFolder, CheckName(name ?? HotkeyName, nameof(name)) + PublicSuffix));

    /// <summary>The names of the wallets under <paramref name="root"/>, sorted.</summary>
    public static IReadOnlyList<string> Names(string root) => System.IO.Directory.Exists(root)
        ? [.. System.IO.Directory.GetDirectories(root).Select(Path.GetFileName).OfType<string>().Where(n => !n.StartsWith('.')).Order(StringComparer.Ordinal)]
        : [];

    /// <summary>The hotkeys of this wallet, sorted; <c>&lt;name&gt;pub.txt</c> files beside <c>&lt;name&gt;</c> are public halves, not hotkeys.</summary>
    public IReadOnlyList<string> HotkeyNames()
    {
        var folder = Path.Combine(Directory, HotkeysFolder);
        if (!System.IO.Directory.Exists(folder))
        {
            return [];
        }

        var files = System.IO.Directory.GetFiles(folder).Select(Path.GetFileName).OfType<string>().Where(n => !n.StartsWith('.')).ToHashSet(StringComparer.Ordinal);
        return [.. files.Where(n => !(n.EndsWith(PublicSuffix, StringComparison.Ordinal) && files.Contains(n[..^PublicSuffix.Length]))).Order(StringComparer.Ordinal)];
    }

    /// <summary>Writes the coldkey (<c>$NACL</c> under <paramref name="password"/>, or plaintext when null) and <c>coldkeypub.txt</c>.</summary>
    /// <exception cref="KeyfileException">A file exists and <paramref name="overwrite"/> is false; nothing is written then.</exception>
    public void SaveColdkey(WalletKey key, string? password, bool overwrite)
    {
        RefuseExisting(overwrite, Coldkey, ColdkeyPub);
        Coldkey.Save(key, password, overwrite: true);
        ColdkeyPub.SavePublic(key, overwrite: true);
    }

    /// <summary>Writes only <c>coldkeypub.txt</c> (btcli's regen-coldkeypub: a watch-only wallet).</summary>
    /// <exception cref="KeyfileException">The file exists and <paramref name="overwrite"/> is false.</exception>
    public void SaveColdkeyPub(WalletKey key, bool overwrite) => ColdkeyPub.SavePublic(key, overwrite);

    /// <summary>Writes a hotkey (plaintext unless <paramref name="password"/> is given) and its <c>pub.txt</c>.</summary>
    /// <exception cref="KeyfileException">A file exists and <paramref name="overwrite"/> is false; nothing is written then.</exception>
    public void SaveHotkey(WalletKey key, string? password, bool overwrite, string? name = null)
    {
        RefuseExisting(overwrite, Hotkey(name), HotkeyPub(name));
        Hotkey(name).Save(key, password, overwrite: true);
        HotkeyPub(name).SavePublic(key, overwrite: true);
    }

    /// <summary>Writes only a hotkey's <c>pub.txt</c> (btcli's regen-hotkeypub).</summary>
    /// <exception cref="KeyfileException">The file exists and <paramref name="overwrite"/> is false.</exception>
    public void SaveHotkeyPub(WalletKey key, bool overwrite, string? name = null) => HotkeyPub(name).SavePublic(key, overwrite);

    /// <summary>
    /// The coldkey's address without a password: from <c>coldkeypub.txt</c>, else from an unencrypted coldkey;
    /// null when neither tells.
    /// </summary>
    public WalletKey? OpenColdkeyPublic()
    {
        if (ColdkeyPub.Exists)
        {
            return ColdkeyPub.Open();
        }

        if (!Coldkey.Exists || Coldkey.Format() != KeyfileFormat.Plaintext)
        {
            return null;
        }

        using var key = Coldkey.Open();
        return key.ToPublic();
    }

    /// <summary>A hotkey's address without a password: from the hotkey if unencrypted, else its <c>pub.txt</c>; null when neither tells.</summary>
    public WalletKey? OpenHotkeyPublic(string? name = null)
    {
        var hotkey = Hotkey(name);
        if (hotkey.Exists && hotkey.Format() == KeyfileFormat.Plaintext)
        {
            using var key = hotkey.Open();
            return key.ToPublic();
        }

        return HotkeyPub(name).Exists ? HotkeyPub(name).Open() : null;
    }

    private static void RefuseExisting(bool overwrite, params Keyfile[] files)
    {
        if (!overwrite && files.FirstOrDefault(f => f.Exists) is { } existing)
        {
            throw new KeyfileException(KeyfileError.AlreadyExists, $"{existing.Path} already exists; pass --overwrite (or confirm) to replace it.");
        }
    }

    private static string CheckName(string name, string parameter)
    {
        if (string.IsNullOrWhiteSpace(name) || name is "." or ".." || name.IndexOfAny(['/', '\\', '\0']) >= 0)
        {
            throw new ArgumentException($"'{name}' is not a valid wallet or hotkey name (no slashes, not empty).", parameter);
        }

        return name;
    }
}
