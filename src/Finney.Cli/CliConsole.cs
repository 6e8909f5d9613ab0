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
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="input">Standard input.</param>
    /// <param name="interactive">True when a person is at the terminal.</param>
    /// <param name="environment">Environment variables the commands see (passwords, wallet defaults); default: none.</param>
    public CliConsole(TextWriter output, TextWriter error, TextReader input, bool interactive, IReadOnlyDictionary<string, string>? environment = null)
    {
        Out = output;
        Environment = environment ?? new Dictionary<string, string>();
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
        if (!interactive)
        {
            // Piped output has no terminal width; 80 columns would wrap 48-character addresses inside table cells.
            Ansi.Profile.Width = 240;
        }
    }

    /// <summary>The process's own console.</summary>
    public static CliConsole System() =>
        new(Console.Out, Console.Error, Console.In, !Console.IsOutputRedirected, Sdk.Wallets.PasswordEnvironment.Current());

    /// <summary>Standard output.</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error: messages about failures.</summary>
    public TextWriter Error { get; }

    /// <summary>Standard input (messages to sign when none is given on the command line).</summary>
    public TextReader In { get; }

    /// <summary>True when a person is at the terminal (prompts and colours allowed).</summary>
    public bool IsInteractive { get; }

    /// <summary>
    /// The environment variables commands read (<c>BT_WALLET_*</c>, password variables): the process's for the
    /// binary, a fixed set in tests so parallel tests cannot see each other's.
    /// </summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>The value of an environment variable, or null.</summary>
    public string? Variable(string name) => Environment.TryGetValue(name, out var value) ? value : null;

    /// <summary>Styled output (tables, panels) over <see cref="Out"/>.</summary>
    public IAnsiConsole Ansi { get; }
}
