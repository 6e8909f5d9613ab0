using Finney.Cli.Chain;
using Finney.Primitives.Accounts;
using Finney.Primitives.Units;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Finney.Cli.Wallets;

/// <summary>
/// <c>finney wallet overview</c>, as far as the chain supports it today: the coldkey and its balance, then each hotkey
/// with its address and balance. btcli's per-subnet columns (UID, stake, rank, trust, emission…) need SubtensorModule
/// and join this table when the runtime has it.
/// </summary>
internal sealed class WalletOverviewCommand(CliConsole console) : AsyncCommand<WalletChainOptions>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, WalletChainOptions settings, CancellationToken cancellationToken)
    {
        var session = new WalletSession(console, settings);
        var wallet = settings.OpenWallet(console);
        var coldkey = WalletAddresses.Coldkey(wallet) ?? throw new CliException($"Wallet '{wallet.Name}' has no coldkey under {wallet.Root}.");
        var hotkeys = wallet.HotkeyNames().Select(name => (Name: name, Account: WalletAddresses.Hotkey(wallet, name))).ToList();
        var endpoint = settings.Endpoint(console);
        await using var chain = await ChainConnection.OpenAsync(endpoint, cancellationToken);
        var block = await ChainConnection.RunAsync(() => chain.HeaderAsync());
        var accounts = hotkeys.Where(h => h.Account is not null).Select(h => h.Account!.Value).Prepend(coldkey).ToList();
        var infos = await ChainConnection.RunAsync(() => Task.WhenAll(accounts.Select(a => chain.AccountAsync(a))));
        var free = accounts.Zip(infos).ToDictionary(p => p.First, p => new TaoBalance(p.Second.Data.Free));
        TaoBalance? Balance(AccountId32? account) => account is { } a ? free[a] : null;

        if (settings.JsonOutput)
        {
            session.WriteJson(new
            {
                Network = endpoint.ToString(),
                Block = Sdk.Chain.ChainClient.NumberOf(block),
                Wallet = wallet.Name,
                Coldkey = coldkey.ToSs58(),
                Balance = free[coldkey].Format(withSymbol: false, groupThousands: false),
                Hotkeys = hotkeys.Select(h => new { h.Name, Ss58Address = h.Account?.ToSs58(), Balance = Balance(h.Account)?.Format(withSymbol: false, groupThousands: false) }),
            });
            return 0;
        }

        console.Ansi.MarkupLine($"Wallet [bold]{Markup.Escape(wallet.Name)}[/] · coldkey {coldkey.ToSs58()} · network {Markup.Escape(endpoint.ToString())} · block {Sdk.Chain.ChainClient.NumberOf(block)}");
        var table = new Table().AddColumns("HOTKEY", "ADDRESS", "BALANCE");
        foreach (var (name, account) in hotkeys)
        {
            table.AddRow(Markup.Escape(name), account?.ToSs58() ?? "?", Balance(account)?.ToString() ?? "-");
        }

        console.Ansi.Write(table);
        console.Ansi.MarkupLine($"Coldkey balance: [bold]{free[coldkey]}[/]");
        return 0;
    }
}
