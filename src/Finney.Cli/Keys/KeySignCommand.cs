using System.ComponentModel;
using Finney.Primitives.Encoding;
using Spectre.Console.Cli;

namespace Finney.Cli.Keys;

/// <summary><c>finney key sign</c>: prints the 0x-hex signature of a message.</summary>
internal sealed class KeySignCommand(CliConsole console) : Command<KeySignCommand.Settings>
{
    /// <summary>Options of <c>key sign</c>.</summary>
    internal sealed class Settings : KeyOptions
    {
        [CommandOption("--suri <URI>")]
        [Description("Secret URI of the signing key (phrase//path///password, //Alice, 0xseed).")]
        public string? Suri { get; init; }

        [CommandOption("-m|--message <MESSAGE>")]
        [Description("Message: text, or 0x-prefixed hex bytes. Read from standard input when absent.")]
        public string? Message { get; init; }

        [CommandOption("--hex")]
        [Description("The message is hex (with or without 0x).")]
        public bool Hex { get; init; }

        [CommandOption("--password <PASSWORD>")]
        [Description("Password for the phrase; overrides a ///password in the URI.")]
        public string? Password { get; init; }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var suri = settings.Suri ?? throw new CliException("--suri: the secret URI of the signing key is required.");
        using var key = KeyUris.Build(KeyUris.ParseSecret(suri), settings.ParsedScheme, settings.Password);
        var message = KeyMessage.Read(settings.Message, settings.Hex, console);
        console.Out.WriteLine(Hex.Encode(key.Sign(message)));
        return 0;
    }
}
