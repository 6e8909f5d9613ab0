using Spectre.Console;

namespace Finney.Cli;

/// <summary>
/// Where a command reads and writes. The binary uses the process's streams; tests pass string writers
/// and run commands in-process. Plain results (addresses, JSON) go to <see cref="Out"/> unstyled so
/// scripts can parse them; tables and panels go through <see cref="Ansi"/>.
/// </summary>
public sealed class CliConsole
{
    /// <summary>A console over the given streams; ANSI styling only when <paramref name="interactive"/>.</summary>
    public CliConsole(TextWriter output, TextWriter error, TextReader input, bool interactive)
    {
        Out = output;
        Error = error;
        In = input;
        IsInteractive = interactive;
        Ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
    }

    /// <summary>The process's own console.</summary>
    public static CliConsole System() => new(Console.Out, Console.Error, Console.In, !Console.IsOutputRedirected);

    /// <summary>Standard output.</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error: messages about failures.</summary>
    public TextWriter Error { get; }

    /// <summary>Standard input (messages to sign when none is given on the command line).</summary>
    public TextReader In { get; }

    /// <summary>True when a person is at the terminal (prompts and colours allowed).</summary>
    public bool IsInteractive { get; }

    /// <summary>Styled output (tables, panels) over <see cref="Out"/>.</summary>
    public IAnsiConsole Ansi { get; }
}
