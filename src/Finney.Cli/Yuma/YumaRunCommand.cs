using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Finney.Cli.Yuma;

/// <summary><c>finney yuma run</c>: runs a scenario's epochs and writes their outputs as JSON (docs/yuma.md).</summary>
internal sealed class YumaRunCommand(CliConsole console) : Command<YumaRunCommand.Settings>
{
    /// <summary>Options of <c>finney yuma run</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>Scenario JSON file.</summary>
        [CommandOption("--input <FILE>")]
        [Description("Scenario JSON (see docs/yuma.md).")]
        public string? Input { get; init; }

        /// <summary>Result JSON file; standard output when absent.</summary>
        [CommandOption("--output <FILE>")]
        [Description("Where to write the result JSON (default: standard output).")]
        public string? Output { get; init; }

        /// <summary>PNG chart of incentive and dividends per uid.</summary>
        [CommandOption("--plot <FILE>")]
        [Description("Write a PNG of incentive and dividends per uid across epochs.")]
        public string? Plot { get; init; }

        /// <inheritdoc/>
        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Input) ? ValidationResult.Error("--input <FILE> is required") : ValidationResult.Success();
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        string json;
        try
        {
            json = File.ReadAllText(settings.Input!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read --input {settings.Input}: {e.Message}", e, CliException.InvalidInput);
        }

        var results = YumaSimulator.Run(YumaScenarioReader.Parse(json));
        if (settings.Output is { } output)
        {
            using var file = Create(output, "--output");
            YumaResultWriter.Write(results, file);
        }
        else
        {
            using var buffer = new MemoryStream();
            YumaResultWriter.Write(results, buffer);
            console.Out.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }

        if (settings.Plot is { } plot)
        {
            YumaPlot.Save(results, plot);
        }

        return 0;
    }

    private static FileStream Create(string path, string option)
    {
        try
        {
            return File.Create(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write {option} {path}: {e.Message}", e, CliException.Failure);
        }
    }
}
