namespace Finney.Node.Runtime;

/// <summary>A runtime API call failed: the method does not exist, its input does not decode, or the runtime trapped.</summary>
public sealed class RuntimeCallException : Exception
{
    /// <summary>A failure described by <paramref name="message"/>.</summary>
    public RuntimeCallException(string message)
        : base(message)
    {
    }

    /// <summary>A failure caused by <paramref name="innerException"/>.</summary>
    public RuntimeCallException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>A failure with no detail.</summary>
    public RuntimeCallException()
        : base("runtime call failed")
    {
    }

    /// <summary>The text Substrate gives for a missing runtime API method (the Python SDK matches on it).</summary>
    public static RuntimeCallException NotFound(string method) => new($"Execution failed: Other: Exported method {method} is not found");
}
