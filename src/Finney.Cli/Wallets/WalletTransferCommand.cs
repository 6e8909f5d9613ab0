using Finney.Cli.Chain;
using Finney.Primitives.Accounts;
using Finney.Primitives.Units;
using Finney.Runtime.Balances;
using Finney.Runtime.Extrinsics;
using Finney.Runtime.Kernel;
using Finney.Sdk.Transactions;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Finney.Cli.Wallets;

/// <summary>
/// <c>finney wallet transfer</c>: sends TAO from the wallet's coldkey. Shows amount, fee and the balance after and asks
/// before unlocking the coldkey (<c>-y</c> skips the question); reports the block, or the chain's reason in words.
/// </summary>
internal sealed class WalletTransferCommand(CliConsole console) : AsyncCommand<WalletTransferOptions>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, WalletTransferOptions settings, CancellationToken cancellationToken)
    {
        var session = new WalletSession(console, settings);
        var wallet = settings.OpenWallet(console);
        var source = WalletAddresses.Coldkey(wallet) ?? throw new CliException($"Wallet '{wallet.Name}' has no coldkey under {wallet.Root}.");
        var destination = Destination(settings);
        var amount = Amount(settings);
        var endpoint = settings.Endpoint(console);
        await using var chain = await ChainConnection.OpenAsync(endpoint, cancellationToken);
        var submitter = new TransactionSubmitter(chain);
        var options = new TransactionOptions { Period = settings.Period, WaitFor = settings.WaitForFinalization ? WaitFor.Finalized : WaitFor.InBlock };
        var before = new TaoBalance((await ChainConnection.RunAsync(() => chain.AccountAsync(source))).Data.Free);
        var call = Call(settings, destination, amount);
        var fee = await ChainConnection.RunAsync(() => submitter.EstimateFeeAsync(call, source, options));
        // transfer_all with keep-alive leaves the existential deposit behind.
        var sent = settings.All ? before.SaturatingSub(fee).SaturatingSub(new TaoBalance(settings.AllowDeath ? 0 : BalancesPallet.ExistentialDeposit)) : amount;
        if (settings.All && sent == TaoBalance.Zero)
        {
            throw new CliException($"Nothing to send: {before} free does not cover the fee of about {fee}.", CliException.Failure);
        }

        if (!settings.All && before < amount + fee)
        {
            throw new CliException($"Not enough balance: {before} free, but the transfer needs {amount} plus a fee of about {fee}.", CliException.Failure);
        }

        Say(session, $"Transfer {sent} from '{wallet.Name}' ({source.ToSs58()}) to {destination.ToSs58()} on {endpoint}. Fee about {fee}; balance after about {before.SaturatingSub(sent).SaturatingSub(fee)}.");
        Confirm(session);
        using var key = session.Open(wallet.Coldkey, wallet.Name);
        if (key.AccountId != source)
        {
            throw new CliException($"The coldkey of '{wallet.Name}' is {key.Ss58Address} but its coldkeypub.txt says {source.ToSs58()}; regenerate one of them.", CliException.Failure);
        }

        var result = await ChainConnection.RunAsync(() => submitter.SendAsync(call, key, options, cancellationToken));
        return await Report(session, chain, source, before, result);
    }

    private static async Task<int> Report(WalletSession session, Sdk.Chain.ChainClient chain, AccountId32 source, TaoBalance before, TransactionResult result)
    {
        var after = result.BlockHash is { } block ? new TaoBalance((await ChainConnection.RunAsync(() => chain.AccountAsync(source, block))).Data.Free) : (TaoBalance?)null;
        if (session.JsonOutput)
        {
            session.WriteJson(new
            {
                Success = result.Succeeded,
                Status = result.Status.ToString(),
                result.TransactionHash,
                result.BlockHash,
                result.Error,
                BalanceBefore = before.Format(withSymbol: false, groupThousands: false),
                BalanceAfter = after?.Format(withSymbol: false, groupThousands: false),
            });
            return result.Succeeded ? 0 : CliException.Failure;
        }

        if (!result.Succeeded)
        {
            throw new CliException(result.BlockHash is null
                ? $"The transfer was not made: {result.Error}"
                : $"The transfer was included in block {result.BlockHash} but failed: {result.Error}", CliException.Failure);
        }

        session.Console.Out.WriteLine($"{(result.Status == TransactionStatus.Finalized ? "Finalized" : "In block")} {result.BlockHash} (transaction {result.TransactionHash}).");
        session.Console.Out.WriteLine($"Balance: {before} → {after}");
        return 0;
    }

    private static void Confirm(WalletSession session)
    {
        if (session.Options.NoPrompt)
        {
            return;
        }

        if (!session.CanPrompt)
        {
            throw new CliException("This transfer needs a confirmation and no one can be asked: run it at a terminal, or pass -y (--no-prompt).");
        }

        if (!session.Console.Ansi.Confirm("Do you want to transfer?", defaultValue: false))
        {
            throw new CliException("Transfer cancelled; nothing was sent.", CliException.Failure);
        }
    }

    private static void Say(WalletSession session, string line)
    {
        if (session.JsonOutput)
        {
            session.Console.Error.WriteLine(line);
        }
        else
        {
            session.Console.Ansi.MarkupLine(Markup.Escape(line));
        }
    }

    private static AccountId32 Destination(WalletTransferOptions settings)
    {
        var text = settings.Destination ?? throw new CliException("--destination (--dest) is required: the recipient's SS58 address.");
        return AccountId32.TryParse(text.Trim(), out var id) ? id : throw new CliException($"--destination: '{text}' is not an SS58 address or 0x public key.");
    }

    private static TaoBalance Amount(WalletTransferOptions settings)
    {
        if (settings.All)
        {
            return settings.Amount is null ? TaoBalance.Zero : throw new CliException("Give --amount or --all, not both.");
        }

        var text = settings.Amount ?? throw new CliException("--amount is required (in TAO), or --all.");
        if (!TaoBalance.TryParse(text, out var amount, out var error))
        {
            throw new CliException($"--amount: {error}");
        }

        return amount.Rao > 0 ? amount : throw new CliException("--amount: must be more than zero.");
    }

    private static RuntimeCall Call(WalletTransferOptions settings, AccountId32 destination, TaoBalance amount)
    {
        var dest = MultiAddress.Id(destination);
        if (settings.All)
        {
            return new TransferAll(dest, KeepAlive: !settings.AllowDeath);
        }

        return settings.AllowDeath ? new TransferAllowDeath(dest, amount.Rao) : new TransferKeepAlive(dest, amount.Rao);
    }
}
