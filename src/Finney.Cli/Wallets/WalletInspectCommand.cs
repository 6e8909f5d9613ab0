using Finney.Sdk.Wallets;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Finney.Cli.Wallets;

/// <summary>
/// <c>finney wallet inspect</c> (offline part): a wallet's files, how each is protected, and its addresses,
/// without any password. Balances and stakes need a node and come with the chain-backed commands.
/// </summary>
internal sealed class WalletInspectCommand(CliConsole console) : Command<WalletOptions>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, WalletOptions settings, CancellationToken cancellationToken)
    {
        var session = new WalletSession(console, settings);
        var wallet = settings.OpenWallet(console);
        if (!wallet.Exists)
        {
            throw new CliException($"No wallet '{wallet.Name}' under {wallet.Root}. `finney wallet list` shows the wallets there.");
        }

        var files = new List<FileSummary> { Summarize("coldkey", wallet.Coldkey, wallet.OpenColdkeyPublic), Summarize("coldkeypub", wallet.ColdkeyPub, wallet.OpenColdkeyPublic) };
        foreach (var hotkey in wallet.HotkeyNames())
        {
            files.Add(Summarize($"hotkey {hotkey}", wallet.Hotkey(hotkey), () => wallet.OpenHotkeyPublic(hotkey)));
        }

        var outdated = files.Where(f => f.Format is "Ansible Vault" or "legacy").ToList();
        if (settings.JsonOutput)
        {
            session.WriteJson(new { Name = wallet.Name, Path = wallet.Directory, Files = files });
            return 0;
        }

        var table = new Table().AddColumns("KEY", "ADDRESS", "ENCRYPTION", "FILE");
        foreach (var file in files)
        {
            table.AddRow(Markup.Escape(file.Key), Markup.Escape(file.Ss58Address ?? "-"), Markup.Escape(file.Format), Markup.Escape(file.Path));
        }

        console.Ansi.Write(table);
        if (outdated.Count > 0)
        {
            console.Ansi.MarkupLine($"[yellow]{outdated.Count} keyfile(s) use an old encryption format; `finney wallet update` re-encrypts them as NaCl.[/]");
        }

        return 0;
    }

    private static FileSummary Summarize(string name, Keyfile keyfile, Func<WalletKey?> address)
    {
        if (!keyfile.Exists)
        {
            return new FileSummary(name, keyfile.Path, "missing", null);
        }

        try
        {
            using var key = address();
            return new FileSummary(name, keyfile.Path, keyfile.Format().DisplayName(), key?.Ss58Address);
        }
        catch (KeyfileException exception)
        {
            return new FileSummary(name, keyfile.Path, $"unreadable: {exception.Message}", null);
        }
    }

    private sealed record FileSummary(string Key, string Path, string Format, string? Ss58Address);
}
