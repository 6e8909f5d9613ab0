using System.ComponentModel;
using Finney.Cli.Keys;
using Finney.Primitives.Accounts;
using Finney.Primitives.Encoding;
using Finney.Sdk.Wallets;
using Spectre.Console.Cli;

namespace Finney.Cli.Wallets;

/// <summary>Options of <c>wallet sign</c>.</summary>
internal sealed class WalletSignOptions : WalletOptions
{
    [CommandOption("-m|--message <MESSAGE>")]
    [Description("The message: text, or 0x-prefixed hex bytes. Read from standard input when absent.")]
    public string? Message { get; init; }

    [CommandOption("--use-hotkey|--use_hotkey")]
    [Description("Sign with the hotkey instead of the coldkey.")]
    public bool UseHotkey { get; init; }
}

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

/// <summary>Options of <c>wallet verify</c>.</summary>
internal sealed class WalletVerifyOptions : WalletOptions
{
    [CommandOption("-m|--message <MESSAGE>")]
    [Description("The message: text, or 0x-prefixed hex bytes. Read from standard input when absent.")]
    public string? Message { get; init; }

    [CommandOption("-s|--signature <SIGNATURE>")]
    [Description("The 64-byte signature as 0x hex.")]
    public string? Signature { get; init; }

    [CommandOption("-a|--address|--ss58|--ss58-address|--public-key|--public_key <SIGNER>")]
    [Description("The signer's SS58 address or 0x public key (default: the wallet's coldkey, or its hotkey with --use-hotkey).")]
    public string? Signer { get; init; }

    [CommandOption("--use-hotkey|--use_hotkey")]
    [Description("Without --address, check against the wallet's hotkey.")]
    public bool UseHotkey { get; init; }
}

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
