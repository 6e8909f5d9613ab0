using System.ComponentModel;
using Finney.Primitives.Accounts;
using Finney.Primitives.Keys;
using Spectre.Console.Cli;

namespace Finney.Cli.Keys;

/// <summary><c>finney key generate</c>: a fresh mnemonic and its key, printed as subkey prints it.</summary>
internal sealed class KeyGenerateCommand(CliConsole console) : Command<KeyGenerateCommand.Settings>
{
    /// <summary>Options of <c>key generate</c>.</summary>
    internal sealed class Settings : KeyOptions
    {
        [CommandOption("-w|--words <WORDS>")]
        [Description("Number of words: 12 (default), 15, 18, 21 or 24.")]
        public int Words { get; init; } = 12;

        [CommandOption("--password <PASSWORD>")]
        [Description("Optional password mixed into the seed (the URI's ///password).")]
        public string? Password { get; init; }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!Mnemonic.ValidWordCounts.Contains(settings.Words))
        {
            throw new CliException($"--words: {settings.Words} is not one of 12, 15, 18, 21, 24.");
        }

        var phrase = Mnemonic.Generate(settings.Words);
        using var key = KeyPairs.FromUri(phrase, settings.ParsedScheme, settings.Password);
        var prefix = settings.ParsedNetwork ?? Ss58.BittensorPrefix;
        KeyReport.ForSecret(KeyReport.Phrase, phrase, key, prefix, hasSeed: true).WriteTo(console.Out, settings.IsJson);
        return 0;
    }
}
