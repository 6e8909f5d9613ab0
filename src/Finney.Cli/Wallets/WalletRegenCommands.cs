using System.ComponentModel;
using Finney.Primitives.Accounts;
using Finney.Primitives.Encoding;
using Finney.Sdk.Wallets;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Finney.Cli.Wallets;

/// <summary><c>finney wallet regen-coldkey</c>: the coldkey again from its mnemonic, seed or a polkadot.js JSON export.</summary>
internal sealed class WalletRegenColdkeyCommand(CliConsole console) : Command<WalletRegenOptions>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, WalletRegenOptions settings, CancellationToken cancellationToken)
    {
        var session = new WalletSession(console, settings);
        var wallet = settings.OpenWallet(console);
        if (!WalletKeyWriter.MayWriteColdkey(session, wallet, settings))
        {
            throw new CliException("Nothing was written: the existing coldkey was kept.", CliException.Failure);
        }

        using var key = WalletKeySource.Read(session, settings, "coldkey");
        WalletKeyWriter.WriteColdkey(session, wallet, key, settings);
        WalletKeySource.Report(session, wallet, "coldkey", key, wallet.Coldkey.Path);
        return 0;
    }
}

/// <summary><c>finney wallet regen-hotkey</c>: a hotkey again from its mnemonic, seed or a JSON export.</summary>
internal sealed class WalletRegenHotkeyCommand(CliConsole console) : Command<WalletRegenOptions>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, WalletRegenOptions settings, CancellationToken cancellationToken)
    {
        var session = new WalletSession(console, settings);
        var wallet = settings.OpenWallet(console);
        if (!WalletKeyWriter.MayWriteHotkey(session, wallet, settings))
        {
            throw new CliException("Nothing was written: the existing hotkey was kept.", CliException.Failure);
        }

        using var key = WalletKeySource.Read(session, settings, "hotkey");
        WalletKeyWriter.WriteHotkey(session, wallet, key, settings);
        WalletKeySource.Report(session, wallet, "hotkey", key, wallet.Hotkey().Path);
        return 0;
    }
}

/// <summary>Options of regen-coldkeypub and regen-hotkeypub.</summary>
internal sealed class WalletRegenPublicOptions : WalletWriteOptions
{
    [CommandOption("--ss58-address|--ss58_address|--ss58|--address <ADDRESS>")]
    [Description("The SS58 address.")]
    public string? Ss58Address { get; init; }

    [CommandOption("--public-key|--public_key|--pubkey|--public-key-hex <HEX>")]
    [Description("The public key as 0x hex.")]
    public string? PublicKey { get; init; }

    /// <summary>The account named by either option, or null when neither was given.</summary>
    public AccountId32? Account()
    {
        if (Ss58Address is not null && PublicKey is not null)
        {
            throw new CliException("Give --ss58-address or --public-key, not both.");
        }

        var text = Ss58Address ?? (PublicKey is { } hex ? (Hex.HasPrefix(hex) ? hex : "0x" + hex) : null);
        if (text is null)
        {
            return null;
        }

        return AccountId32.TryParse(text.Trim(), out var id) ? id : throw new CliException($"'{text}' is neither an SS58 address nor a 32-byte public key.");
    }
}

/// <summary><c>finney wallet regen-coldkeypub</c>: a watch-only <c>coldkeypub.txt</c> from an address or public key.</summary>
internal sealed class WalletRegenColdkeypubCommand(CliConsole console) : Command<WalletRegenPublicOptions>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, WalletRegenPublicOptions settings, CancellationToken cancellationToken)
    {
        var session = new WalletSession(console, settings);
        var wallet = settings.OpenWallet(console);
        using var key = WalletKey.FromPublicKey(WalletKeySource.AskAccount(session, settings));
        if (!session.MayOverwrite(settings.Overwrite, wallet.ColdkeyPub))
        {
            throw new CliException("Nothing was written: the existing coldkeypub.txt was kept.", CliException.Failure);
        }

        WalletKeyWriter.Save(() => wallet.SaveColdkeyPub(key, overwrite: true));
        WalletKeySource.Report(session, wallet, "coldkeypub", key, wallet.ColdkeyPub.Path);
        return 0;
    }
}

/// <summary><c>finney wallet regen-hotkeypub</c>: a hotkey's <c>pub.txt</c> from an address or public key.</summary>
internal sealed class WalletRegenHotkeypubCommand(CliConsole console) : Command<WalletRegenPublicOptions>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, WalletRegenPublicOptions settings, CancellationToken cancellationToken)
    {
        var session = new WalletSession(console, settings);
        var wallet = settings.OpenWallet(console);
        using var key = WalletKey.FromPublicKey(WalletKeySource.AskAccount(session, settings));
        if (!session.MayOverwrite(settings.Overwrite, wallet.HotkeyPub()))
        {
            throw new CliException("Nothing was written: the existing hotkey pub.txt was kept.", CliException.Failure);
        }

        WalletKeyWriter.Save(() => wallet.SaveHotkeyPub(key, overwrite: true));
        WalletKeySource.Report(session, wallet, "hotkeypub", key, wallet.HotkeyPub().Path);
        return 0;
    }
}

/// <summary>Where regenerated keys come from.</summary>
internal static class WalletKeySource
{
    /// <summary>The key named by exactly one of --mnemonic, --seed and --json (the mnemonic is asked for when none is given).</summary>
    public static WalletKey Read(WalletSession session, WalletRegenOptions options, string keyType)
    {
        var given = new[] { options.Mnemonic, options.Seed, options.Json }.Count(v => v is not null);
        if (given > 1)
        {
            throw new CliException("Give one of --mnemonic, --seed and --json.");
        }

        try
        {
            if (options.Seed is { } seed)
            {
                return Hex.TryDecode(seed.Trim(), out var bytes) ? WalletKey.FromSeed(bytes) : throw new CliException("--seed: not hex.");
            }

            if (options.Json is { } path)
            {
                return FromJson(session, path, options.JsonPassword);
            }

            var mnemonic = options.Mnemonic ?? (session.CanPrompt
                ? session.Console.Ansi.Prompt(new TextPrompt<string>($"Enter the mnemonic of the {keyType}:").Secret())
                : throw new CliException("Give --mnemonic, --seed or --json."));
            return WalletKey.FromMnemonic(mnemonic);
        }
        catch (FormatException exception)
        {
            throw new CliException(exception.Message, exception);
        }
    }

    /// <summary>The account of regen-*pub: from the options, else asked.</summary>
    public static AccountId32 AskAccount(WalletSession session, WalletRegenPublicOptions options)
    {
        if (options.Account() is { } account)
        {
            return account;
        }

        if (!session.CanPrompt)
        {
            throw new CliException("Give --ss58-address or --public-key.");
        }

        var text = session.Console.Ansi.Prompt(new TextPrompt<string>("Enter the SS58 address or the 0x public key:"));
        return AccountId32.TryParse(text.Trim(), out var id) ? id : throw new CliException($"'{text}' is neither an SS58 address nor a 0x public key.");
    }

    /// <summary>Prints what was written.</summary>
    public static void Report(WalletSession session, Wallet wallet, string what, WalletKey key, string path)
    {
        if (session.JsonOutput)
        {
            session.WriteJson(new { Name = wallet.Name, Path = path, Ss58Address = key.Ss58Address, Written = what });
            return;
        }

        session.Console.Out.WriteLine($"Regenerated {what} of wallet '{wallet.Name}': {key.Ss58Address} ({path})");
    }

    private static WalletKey FromJson(WalletSession session, string path, string? password)
    {
        string json;
        try
        {
            json = File.ReadAllText(WalletPaths.ExpandHome(path));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"--json: cannot read {path}: {exception.Message}", exception);
        }

        password ??= session.CanPrompt
            ? session.Console.Ansi.Prompt(new TextPrompt<string>("Enter the password of the JSON export:").Secret().AllowEmpty())
            : throw new CliException("--json-password is needed to open the JSON export.");
        try
        {
            return PolkadotJsonExport.Decrypt(json, password);
        }
        catch (KeyfileException exception)
        {
            throw WalletErrors.From(exception);
        }
    }
}
