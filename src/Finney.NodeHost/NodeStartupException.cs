namespace Finney.NodeHost;

/// <summary>The node cannot start for a reason the user can act on; printed as one line, exit code 1.</summary>
internal sealed class NodeStartupException : Exception
{
    public NodeStartupException(string message)
        : base(message)
    {
    }

    public NodeStartupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public NodeStartupException()
        : base("the node cannot start")
    {
    }
}
