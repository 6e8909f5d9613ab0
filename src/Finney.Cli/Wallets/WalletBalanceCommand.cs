using Finney.Cli.Chain;
using Finney.Primitives.Accounts;
using Finney.Primitives.Units;
using Finney.Sdk.Wallets;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Finney.Cli.Wallets;

/// <summary>
/// <c>finney wallet balance</c>: free, reserved and total TAO of a wallet's coldkey (or every wallet's, or given
/// addresses), read from <c>System.Account</c> without unlocking anything. Stake columns join when the chain has
/// SubtensorModule.
/// </summary>
internal sealed class WalletBalanceCommand(CliConsole console) : AsyncCommand<WalletBalanceOptions>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, WalletBalanceOptions settings, CancellationToken cancellationToken)
    {
        var session = new WalletSession(console, settings);
        var accounts = Accounts(settings);
        var endpoint = settings.Endpoint(console);
        await using var chain = await ChainConnection.OpenAsync(endpoint, cancellationToken);
        var infos = await ChainConnection.RunAsync(() => Task.WhenAll(accounts.Select(a => chain.AccountAsync(a.Account))));
        var rows = accounts.Zip(infos, (a, info) => new BalanceRow(a.Name, a.Account.ToSs58(), new TaoBalance(info.Data.Free), new TaoBalance(info.Data.Reserved))).ToList();
        if (settings.JsonOutput)
        {
            session.WriteJson(new { Network = endpoint.ToString(), Balances = rows.Select(r => r.ToJson()) });
            return 0;
        }

        var table = new Table().Title($"Wallet balances on {Markup.Escape(endpoint.ToString())}")
            .AddColumns("Wallet Name", "Coldkey Address", "Free Balance", "Reserved", "Total Balance");
        foreach (var row in rows)
        {
            table.AddRow(Markup.Escape(row.Name), row.Ss58Address, row.Free.ToString(), row.Reserved.ToString(), row.Total.ToString());
        }

        var total = rows.Aggregate(TaoBalance.Zero, (sum, r) => sum.SaturatingAdd(r.Total));
        table.AddRow("[bold]Total[/]", string.Empty, string.Empty, string.Empty, $"[bold]{total}[/]");
        console.Ansi.Write(table);
        return 0;
    }

    private List<(string Name, AccountId32 Account)> Accounts(WalletBalanceOptions settings)
    {
        if (settings.Addresses.Length > 0)
        {
            return [.. settings.Addresses.Select(a => AccountId32.TryParse(a.Trim(), out var id)
                ? (a.Trim(), id)
                : throw new CliException($"--ss58: '{a}' is not an SS58 address or 0x public key."))];
        }

        var selected = settings.OpenWallet(console);
        var wallets = settings.All ? Wallet.Names(selected.Root).Select(n => new Wallet(selected.Root, n)).ToList() : [selected];
        var result = new List<(string, AccountId32)>();
        foreach (var wallet in wallets)
        {
            if (WalletAddresses.Coldkey(wallet) is { } account)
            {
                result.Add((wallet.Name, account));
            }
            else if (!settings.All)
            {
                throw new CliException($"Wallet '{wallet.Name}' has no coldkeypub.txt under {wallet.Root}. `finney wallet list` shows the wallets there.");
            }
        }

        return result.Count > 0 ? result : throw new CliException($"No wallets with a coldkey under {selected.Root}.");
    }

    private sealed record BalanceRow(string Name, string Ss58Address, TaoBalance Free, TaoBalance Reserved)
    {
        public TaoBalance Total => Free.SaturatingAdd(Reserved);

        public object ToJson() => new
        {
            Name,
            Ss58Address,
            Free = Free.Format(withSymbol: false, groupThousands: false),
            Reserved = Reserved.Format(withSymbol: false, groupThousands: false),
            Total = Total.Format(withSymbol: false, groupThousands: false),
            FreeRao = Free.Rao,
            TotalRao = Total.Rao,
        };
    }
}
