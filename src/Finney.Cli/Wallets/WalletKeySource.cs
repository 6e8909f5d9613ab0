using Finney.Primitives.Accounts;
using Finney.Primitives.Encoding;
using Finney.Sdk.Wallets;
using Spectre.Console;

namespace Finney.Cli.Wallets;

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
