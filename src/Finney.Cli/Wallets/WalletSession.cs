using System.Text.Json;
using Finney.Sdk.Wallets;
using Spectre.Console;

namespace Finney.Cli.Wallets;

/// <summary>
/// How a wallet command talks to the user: prompts (hidden passwords, overwrite confirmations) only when a
/// person is at the terminal and <c>--no-prompt</c> is off; otherwise passwords come from the environment
/// and anything that would need an answer fails with a message saying which flag or variable to set.
/// </summary>
internal sealed class WalletSession(CliConsole console, WalletOptions options)
{
    private const int PasswordAttempts = 3;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    /// <summary>True when prompts are allowed.</summary>
    public bool CanPrompt => console.IsInteractive && !options.NoPrompt;

    /// <summary>True for <c>--json-output</c>.</summary>
    public bool JsonOutput => options.JsonOutput;

    /// <summary>The command's options.</summary>
    public WalletOptions Options => options;

    /// <summary>The console.</summary>
    public CliConsole Console => console;

    /// <summary>The password that opens <paramref name="keyfile"/> (null when it is not encrypted).</summary>
    /// <param name="keyfile">The keyfile to open.</param>
    /// <param name="walletName">The wallet name for <c>BT_COLD_PW_&lt;NAME&gt;</c> (coldkeys only), else null.</param>
    public string? UnlockPassword(Keyfile keyfile, string? walletName)
    {
        var format = keyfile.Format();
        if (!format.IsEncrypted())
        {
            return null;
        }

        if (PasswordEnvironment.Find(keyfile, walletName, console.Environment) is { } fromEnvironment)
        {
            return fromEnvironment.Password;
        }

        if (!CanPrompt)
        {
            throw new CliException(
                $"{keyfile.Path} is encrypted ({format.DisplayName()}) and no password can be asked for. Set {PasswordHint(keyfile, walletName)}, or run interactively.");
        }

        return console.Ansi.Prompt(new TextPrompt<string>("Enter password to unlock key:").Secret().AllowEmpty());
    }

    /// <summary>Opens <paramref name="keyfile"/>, asking for (or finding) its password; a wrong one is a clear error.</summary>
    public WalletKey Open(Keyfile keyfile, string? walletName)
    {
        var password = UnlockPassword(keyfile, walletName);
        try
        {
            if (password is not null && CanPrompt)
            {
                console.Error.WriteLine("Decrypting key…");
            }

            return keyfile.Open(password);
        }
        catch (KeyfileException exception)
        {
            throw WalletErrors.From(exception);
        }
    }

    /// <summary>
    /// A password for a new encrypted keyfile: from the environment (the same variables that unlock it later),
    /// else asked twice with btwallet's strength policy.
    /// </summary>
    public string NewPassword(Keyfile keyfile, string? walletName)
    {
        if (PasswordEnvironment.Find(keyfile, walletName, console.Environment) is { } fromEnvironment)
        {
            return PasswordStrength.IsAcceptable(fromEnvironment.Password)
                ? fromEnvironment.Password
                : throw new CliException($"The password in ${fromEnvironment.Variable} is not strong enough: use at least {PasswordStrength.MinimumLength} characters and more variety.");
        }

        if (!CanPrompt)
        {
            throw new CliException(
                $"A password is needed to encrypt {keyfile.Path} and none can be asked for. Set {PasswordHint(keyfile, walletName)}, run interactively, or pass --no-password for an unencrypted key.");
        }

        for (var attempt = 0; attempt < PasswordAttempts; attempt++)
        {
            var password = console.Ansi.Prompt(new TextPrompt<string>("Specify password for key encryption:").Secret().AllowEmpty());
            if (!PasswordStrength.IsAcceptable(password))
            {
                console.Ansi.MarkupLine("[red]Password not strong enough. Try increasing the length of the password or the password complexity.[/]");
                continue;
            }

            if (console.Ansi.Prompt(new TextPrompt<string>("Retype your password:").Secret().AllowEmpty()) == password)
            {
                return password;
            }

            console.Ansi.MarkupLine("[red]Passwords do not match.[/]");
        }

        throw new CliException("No password was set.");
    }

    /// <summary>
    /// Whether existing <paramref name="files"/> may be replaced: yes with <c>--overwrite</c>, else asked; without
    /// prompts an existing file is an error naming the flag.
    /// </summary>
    public bool MayOverwrite(bool overwrite, params Keyfile[] files)
    {
        var existing = files.Where(f => f.Exists).ToList();
        if (overwrite || existing.Count == 0)
        {
            return true;
        }

        if (!CanPrompt)
        {
            throw new CliException($"{existing[0].Path} already exists; pass --overwrite to replace it.");
        }

        return existing.All(f => console.Ansi.Confirm($"File {Markup.Escape(f.Path)} already exists. Overwrite?", defaultValue: false));
    }

    /// <summary>Asks a yes/no question; without prompts the answer is <paramref name="unattended"/>.</summary>
    public bool Confirm(string question, bool unattended) => CanPrompt ? console.Ansi.Confirm(question, defaultValue: false) : unattended;

    /// <summary>Prints a value as indented snake_case JSON on standard output.</summary>
    public void WriteJson(object value) => console.Out.WriteLine(JsonSerializer.Serialize(value, Json));

    /// <summary>Prints the mnemonic of a new key with the warning and the line that regenerates it, as btcli does.</summary>
    public void ShowMnemonic(string keyType, string mnemonic, Sdk.Wallets.Wallet wallet)
    {
        var regen = $"finney wallet regen-{keyType} --mnemonic \"{mnemonic}\"";
        if (wallet.Name != WalletPaths.DefaultName)
        {
            regen += $" --wallet.name {wallet.Name}";
        }

        if (keyType == "hotkey" && wallet.HotkeyName != WalletPaths.DefaultName)
        {
            regen += $" --wallet.hotkey {wallet.HotkeyName}";
        }

        var warning = "IMPORTANT: Store this mnemonic in a secure (preferably offline) place, as anyone who has possession of this mnemonic can use it to regenerate the key and access your tokens.";
        if (options.JsonOutput)
        {
            console.Error.WriteLine(warning);
            return;
        }

        console.Ansi.MarkupLine($"[red]{Markup.Escape(warning)}[/]");
        console.Ansi.WriteLine();
        console.Ansi.MarkupLine($"The mnemonic to the new {keyType} is: [green]{Markup.Escape(mnemonic)}[/]");
        console.Ansi.MarkupLine($"You can use the mnemonic to recreate the key with `finney` in case it gets lost. The command to use to regenerate the key using this mnemonic is:");
        // Unstyled and unwrapped: users copy this line, and a terminal-width break inside the mnemonic would corrupt it.
        console.Out.WriteLine(regen);
        console.Out.WriteLine();
    }

    private static string PasswordHint(Keyfile keyfile, string? walletName) => walletName is null
        ? $"${keyfile.PasswordVariable} (btwallet's encoding, see docs/wallet.md)"
        : $"${PasswordEnvironment.ColdkeyVariableName(walletName)} or ${keyfile.PasswordVariable} (see docs/wallet.md)";
}
