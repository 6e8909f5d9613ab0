namespace Finney.Cli;

/// <summary>
/// An expected failure the user can fix: bad input, a wrong password, an unreachable node. Printed as
/// one message without a stack trace, and the process exits with <see cref="ExitCode"/>.
/// </summary>
public sealed class CliException : Exception
{
    /// <summary>Exit code for bad input (a malformed argument, a file that does not parse).</summary>
    public const int InvalidInput = 2;

    /// <summary>Exit code for a failure that is not the input's fault (I/O, network, a rejected transaction).</summary>
    public const int Failure = 1;

    /// <summary>Creates a user-facing error with its exit code (default <see cref="InvalidInput"/>).</summary>
    public CliException(string message, int exitCode = InvalidInput)
        : base(message) => ExitCode = exitCode;

    /// <summary>Creates a user-facing error that wraps its cause.</summary>
    public CliException(string message, Exception innerException, int exitCode = InvalidInput)
        : base(message, innerException) => ExitCode = exitCode;

    /// <summary>Creates an error with exit code <see cref="InvalidInput"/>.</summary>
    public CliException()
        : this("invalid input")
    {
    }

    /// <summary>Creates an error with exit code <see cref="InvalidInput"/>.</summary>
    public CliException(string message, Exception innerException)
        : this(message, innerException, InvalidInput)
    {
    }

    /// <summary>The process exit code for this error.</summary>
    public int ExitCode { get; }
}
