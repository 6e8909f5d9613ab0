using Spectre.Console.Cli;

namespace Finney.Cli;

/// <summary>The one place that turns exceptions into a message on stderr and an exit code.</summary>
internal static class CliErrors
{
    /// <summary>User errors print their message; parse errors the parser's; bugs a one-line report. Never a stack trace.</summary>
    public static int Handle(Exception exception, CliConsole console)
    {
        switch (exception)
        {
            case CliException cli:
                console.Error.WriteLine($"error: {cli.Message}");
                return cli.ExitCode;
            case CommandParseException or CommandRuntimeException:
                console.Error.WriteLine($"error: {exception.Message}");
                return CliException.InvalidInput;
            default:
                console.Error.WriteLine($"internal error: {exception.GetType().Name}: {exception.Message}");
                return CliException.Failure;
        }
    }
}
