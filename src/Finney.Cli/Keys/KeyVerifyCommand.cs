using System.ComponentModel;
using Finney.Primitives.Encoding;
using Finney.Primitives.Keys;
using Spectre.Console.Cli;

namespace Finney.Cli.Keys;

/// <summary><c>finney key verify</c>: checks a signature; exit code 0 when it verifies, 1 when it does not.</summary>
internal sealed class KeyVerifyCommand(CliConsole console) : Command<KeyVerifyCommand.Settings>
{
    /// <summary>Options of <c>key verify</c>.</summary>
    internal sealed class Settings : KeyOptions
    {
        [CommandArgument(0, "<SIGNATURE>")]
        [Description("The signature as hex (64 bytes; 65 for ecdsa).")]
        public string Signature { get; init; } = string.Empty;

        [CommandArgument(1, "<URI>")]
        [Description("The signer: SS58 address (with soft path), 0x public key, or a secret URI.")]
        public string Uri { get; init; } = string.Empty;

        [CommandOption("-m|--message <MESSAGE>")]
        [Description("Message: text, or 0x-prefixed hex bytes. Read from standard input when absent.")]
        public string? Message { get; init; }

        [CommandOption("--hex")]
        [Description("The message is hex (with or without 0x).")]
        public bool Hex { get; init; }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var scheme = settings.ParsedScheme;
        if (!Hex.TryDecode(settings.Signature, out var signature))
        {
            throw new CliException("<SIGNATURE>: not valid hex.");
        }

        var publicKey = SignerPublicKey(settings.Uri, scheme);
        var message = KeyMessage.Read(settings.Message, settings.Hex, console);
        if (!Signatures.Verify(scheme, publicKey, message, signature))
        {
            console.Error.WriteLine("Signature invalid.");
            return CliException.Failure;
        }

        console.Out.WriteLine("Signature verifies correctly.");
        return 0;
    }

    private static byte[] SignerPublicKey(string uri, KeyScheme scheme)
    {
        if (Hex.HasPrefix(uri) && Hex.TryDecode(uri, out var raw) && raw.Length == KeyUris.PublicKeyLength(scheme))
        {
            return raw;
        }

        if (KeyUris.IsPublicUri(uri))
        {
            return KeyUris.ResolvePublic(uri, scheme).PublicKey;
        }

        using var key = KeyUris.Build(KeyUris.ParseSecret(uri), scheme, null);
        return key.PublicKey.ToArray();
    }
}
