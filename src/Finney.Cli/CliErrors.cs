using Spectre.Console;
using Spectre.Console.Cli;

namespace Finney.Cli;

/// <summary>The one place that turns exceptions into a message on stderr and an exit code.</summary>
internal static class CliErrors
{
    /// <summary>Exception handler for <see cref="CommandApp"/>: user errors get their message, bugs a short report.</summary>
    public static int Handle(Exception exception, ITypeResolver? resolver)
    {
        var error = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        switch (exception)
        {
            case CliException cli:
                error.MarkupLine($"[red]error:[/] {Markup.Escape(cli.Message)}");
                return cli.ExitCode;
            case CommandParseException or CommandRuntimeException:
                error.MarkupLine($"[red]error:[/] {Markup.Escape(exception.Message)}");
                return CliException.InvalidInput;
            default:
                error.MarkupLine($"[red]internal error:[/] {Markup.Escape(exception.GetType().Name)}: {Markup.Escape(exception.Message)}");
                return CliException.Failure;
        }
    }
}
