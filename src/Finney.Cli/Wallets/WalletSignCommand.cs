using Finney.Cli.Keys;
using Finney.Primitives.Encoding;
using Spectre.Console.Cli;

namespace Finney.Cli.Wallets;

/// <summary><c>finney wallet sign</c>: signs a message with the coldkey (or <c>--use-hotkey</c>).</summary>
internal sealed class WalletSignCommand(CliConsole console) : Command<WalletSignOptions>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, WalletSignOptions settings, CancellationToken cancellationToken)
    {
        var session = new WalletSession(console, settings);
        var wallet = settings.OpenWallet(console);
        var message = KeyMessage.Read(settings.Message, hex: false, console);
        using var key = settings.UseHotkey ? session.Open(wallet.Hotkey(), walletName: null) : session.Open(wallet.Coldkey, wallet.Name);
        var signature = Hex.Encode(key.Sign(message));
        if (settings.JsonOutput)
        {
            session.WriteJson(new { Signature = signature, Signer = key.Ss58Address });
        }
        else
        {
            console.Out.WriteLine(signature);
        }

        return 0;
    }
}
