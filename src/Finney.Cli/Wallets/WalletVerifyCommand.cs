using Finney.Cli.Keys;
using Finney.Primitives.Accounts;
using Finney.Primitives.Encoding;
using Finney.Sdk.Wallets;
using Spectre.Console.Cli;

namespace Finney.Cli.Wallets;

/// <summary>
/// <c>finney wallet verify</c>: checks a signature, also over the message wrapped in <c>&lt;Bytes&gt;…&lt;/Bytes&gt;</c>
/// as polkadot.js extensions sign it. Exit code 1 when it does not verify.
/// </summary>
internal sealed class WalletVerifyCommand(CliConsole console) : Command<WalletVerifyOptions>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, WalletVerifyOptions settings, CancellationToken cancellationToken)
    {
        var session = new WalletSession(console, settings);
        var signer = Signer(settings, console);
        var signatureText = settings.Signature ?? throw new CliException("--signature is required.");
        if (!Hex.TryDecode(signatureText.Trim(), out var signature) || signature.Length != 64)
        {
            throw new CliException("--signature: expected 64 bytes of hex.");
        }

        var message = KeyMessage.Read(settings.Message, hex: false, console);
        var valid = WalletKey.Verify(signer, message, signature);
        if (settings.JsonOutput)
        {
            session.WriteJson(new { Valid = valid, Signer = signer.ToSs58() });
        }
        else
        {
            console.Out.WriteLine(valid ? $"Signature is valid (signer {signer.ToSs58()})." : $"Signature is NOT valid for signer {signer.ToSs58()}.");
        }

        return valid ? 0 : CliException.Failure;
    }

    private static AccountId32 Signer(WalletVerifyOptions settings, CliConsole console)
    {
        if (settings.Signer is { } text)
        {
            var normalized = text.Trim();
            if (!normalized.StartsWith('5') && !Hex.HasPrefix(normalized) && normalized.Length == 64)
            {
                normalized = "0x" + normalized;
            }

            return AccountId32.TryParse(normalized, out var id) ? id : throw new CliException($"--address: '{text}' is neither an SS58 address nor a 0x public key.");
        }

        var wallet = settings.OpenWallet(console);
        try
        {
            using var key = settings.UseHotkey ? wallet.OpenHotkeyPublic() : wallet.OpenColdkeyPublic();
            return key?.AccountId ?? throw new CliException($"Wallet '{wallet.Name}' has no readable public key to verify against; pass --address.");
        }
        catch (KeyfileException exception)
        {
            throw WalletErrors.From(exception);
        }
    }
}
