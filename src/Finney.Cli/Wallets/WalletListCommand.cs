using Finney.Sdk.Wallets;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Finney.Cli.Wallets;

/// <summary><c>finney wallet list</c>: every wallet under the wallet path with its hotkeys and addresses, as btcli's tree.</summary>
internal sealed class WalletListCommand(CliConsole console) : Command<WalletOptions>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, WalletOptions settings, CancellationToken cancellationToken)
    {
        var session = new WalletSession(console, settings);
        var root = settings.Root(console);
        var wallets = Wallet.Names(root).Select(name => Describe(new Wallet(root, name))).ToList();
        if (settings.JsonOutput)
        {
            session.WriteJson(new { Path = root, Wallets = wallets });
            return 0;
        }

        if (wallets.Count == 0)
        {
            console.Out.WriteLine($"No wallets under {root}. Create one with `finney wallet create`.");
            return 0;
        }

        var tree = new Tree($"Wallets ({Markup.Escape(root)})");
        foreach (var wallet in wallets)
        {
            var node = tree.AddNode($"[bold]{Markup.Escape(wallet.Name)}[/] ({Markup.Escape(wallet.Ss58Address ?? "?")})");
            foreach (var hotkey in wallet.Hotkeys)
            {
                node.AddNode($"{Markup.Escape(hotkey.Name)} ({Markup.Escape(hotkey.Ss58Address ?? "?")})");
            }
        }

        console.Ansi.Write(tree);
        return 0;
    }

    private static WalletSummary Describe(Wallet wallet) =>
        new(wallet.Name, Address(wallet.OpenColdkeyPublic), [.. wallet.HotkeyNames().Select(h => new HotkeySummary(h, Address(() => wallet.OpenHotkeyPublic(h))))]);

    // A damaged or encrypted-only file shows as "?" rather than failing the whole listing.
    private static string? Address(Func<WalletKey?> open)
    {
        try
        {
            using var key = open();
            return key?.Ss58Address;
        }
        catch (KeyfileException)
        {
            return null;
        }
    }

    private sealed record WalletSummary(string Name, string? Ss58Address, IReadOnlyList<HotkeySummary> Hotkeys);

    private sealed record HotkeySummary(string Name, string? Ss58Address);
}
