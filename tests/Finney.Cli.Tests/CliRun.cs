namespace Finney.Cli.Tests;

/// <summary>Runs the <c>finney</c> command tree in-process, capturing what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>
    /// Runs <paramref name="args"/> with <paramref name="stdin"/> as standard input and <paramref name="environment"/>
    /// as the only environment variables the commands see.
    /// </summary>
    public static CliRun WithEnvironment(IReadOnlyDictionary<string, string> environment, string stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var input = new StringReader(stdin);
        var exitCode = Program.Run(new CliConsole(output, error, input, interactive: false, environment), args);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs <paramref name="args"/> with <paramref name="stdin"/> as standard input.</summary>
    public static CliRun WithInput(string stdin, params string[] args) => WithEnvironment(new Dictionary<string, string>(), stdin, args);

    /// <summary>Runs <paramref name="args"/> with empty standard input.</summary>
    public static CliRun Of(params string[] args) => WithInput(string.Empty, args);
}
