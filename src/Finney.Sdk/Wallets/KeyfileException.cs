namespace Finney.Sdk.Wallets;

/// <summary>A keyfile could not be read, opened or written; <see cref="Error"/> says why.</summary>
public sealed class KeyfileException : Exception
{
    /// <summary>Creates the error with its reason and a sentence for the user.</summary>
    public KeyfileException(KeyfileError error, string message)
        : base(message) => Error = error;

    /// <summary>Creates the error with its reason, a sentence for the user and the cause.</summary>
    public KeyfileException(KeyfileError error, string message, Exception innerException)
        : base(message, innerException) => Error = error;

    /// <summary>Creates a <see cref="KeyfileError.Malformed"/> error.</summary>
    public KeyfileException()
        : this(KeyfileError.Malformed, "The keyfile is malformed.")
    {
    }

    /// <summary>Creates a <see cref="KeyfileError.Malformed"/> error.</summary>
    public KeyfileException(string message)
        : this(KeyfileError.Malformed, message)
    {
    }

    /// <summary>Creates a <see cref="KeyfileError.Malformed"/> error with its cause.</summary>
    public KeyfileException(string message, Exception innerException)
        : this(KeyfileError.Malformed, message, innerException)
    {
    }

    /// <summary>Why the operation failed.</summary>
    public KeyfileError Error { get; }
}
