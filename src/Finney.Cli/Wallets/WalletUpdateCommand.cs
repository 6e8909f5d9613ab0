using Finney.Sdk.Wallets;
using Spectre.Console.Cli;

namespace Finney.Cli.Wallets;

/// <summary>
/// <c>finney wallet update</c>: re-encrypts Ansible Vault and legacy keyfiles as NaCl under the same password.
/// Each file is backed up until the new one has been read back and decrypted; a wrong password changes nothing.
/// </summary>
internal sealed class WalletUpdateCommand(CliConsole console) : Command<WalletUpdateOptions>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, WalletUpdateOptions settings, CancellationToken cancellationToken)
    {
        var session = new WalletSession(console, settings);
        var selected = settings.OpenWallet(console);
        var wallets = settings.All ? Wallet.Names(selected.Root).Select(n => new Wallet(selected.Root, n)).ToList() : [selected];
        var results = new List<object>();
        foreach (var wallet in wallets)
        {
            results.Add(Update(session, wallet, "coldkey", wallet.Coldkey, wallet.Name));
            foreach (var hotkey in wallet.HotkeyNames())
            {
                results.Add(Update(session, wallet, $"hotkey {hotkey}", wallet.Hotkey(hotkey), walletName: null));
            }
        }

        if (settings.JsonOutput)
        {
            session.WriteJson(new { Updated = results });
        }

        return 0;
    }

    private static object Update(WalletSession session, Wallet wallet, string what, Keyfile keyfile, string? walletName)
    {
        var format = keyfile.Exists ? keyfile.Format() : (KeyfileFormat?)null;
        if (format is not (KeyfileFormat.AnsibleVault or KeyfileFormat.LegacyFernet))
        {
            var state = format is null ? "missing" : format == KeyfileFormat.Nacl ? "already NaCl" : "not encrypted";
            Say(session, $"{wallet.Name} {what}: {state}, nothing to do.");
            return new { Wallet = wallet.Name, Key = what, Path = keyfile.Path, From = format?.DisplayName(), Updated = false };
        }

        Say(session, $"{wallet.Name} {what} uses {format.Value.DisplayName()} encryption; it will be re-encrypted as NaCl under the same password. Make sure you have its mnemonic stored.");
        if (!session.Confirm($"Update {keyfile.Path}?", unattended: true))
        {
            return new { Wallet = wallet.Name, Key = what, Path = keyfile.Path, From = format.Value.DisplayName(), Updated = false };
        }

        var password = session.UnlockPassword(keyfile, walletName)!;
        try
        {
            keyfile.MigrateToNacl(password);
        }
        catch (KeyfileException exception)
        {
            throw WalletErrors.From(exception);
        }

        Say(session, $"{wallet.Name} {what}: updated to NaCl ({keyfile.Path}).");
        return new { Wallet = wallet.Name, Key = what, Path = keyfile.Path, From = format.Value.DisplayName(), Updated = true };
    }

    private static void Say(WalletSession session, string line)
    {
        (session.JsonOutput ? session.Console.Error : session.Console.Out).WriteLine(line);
    }
}
