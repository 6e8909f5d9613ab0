using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Finney.Cli.Config;

/// <summary><c>finney config get</c>.</summary>
internal sealed class ConfigGetCommand(CliConsole console) : Command<ConfigGetCommand.Settings>
{
    /// <summary>Options of <c>config get</c>.</summary>
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--json-output|--json_output|--json-out")]
        [Description("Print the defaults as JSON.")]
        public bool JsonOutput { get; init; }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var config = BtcliConfig.Load(console);
        if (settings.JsonOutput)
        {
            var values = BtcliConfig.Keys.ToDictionary(k => k, config.Get);
            console.Out.WriteLine(System.Text.Json.JsonSerializer.Serialize(values));
            return 0;
        }

        var table = new Table().Title(Markup.Escape(config.Path ?? "(no $HOME)")).AddColumns("KEY", "VALUE");
        foreach (var key in BtcliConfig.Keys)
        {
            table.AddRow(key, Markup.Escape(config.Get(key) ?? "-"));
        }

        console.Ansi.Write(table);
        return 0;
    }
}
