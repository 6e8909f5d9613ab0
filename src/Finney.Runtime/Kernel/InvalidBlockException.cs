namespace Finney.Runtime.Kernel;

/// <summary>
/// The block breaks a rule that makes it invalid as a whole (where Substrate's runtime panics): a missing
/// timestamp inherent, a slot that does not increase, a wrong extrinsics root. Raised only while executing or
/// building blocks; the node rejects the block.
/// </summary>
public sealed class InvalidBlockException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InvalidBlockException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public InvalidBlockException()
        : base("invalid block")
    {
    }

    /// <summary>Creates the exception.</summary>
    public InvalidBlockException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
