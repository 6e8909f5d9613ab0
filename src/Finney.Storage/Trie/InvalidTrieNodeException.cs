namespace Finney.Storage.Trie;

/// <summary>Bytes that are not a node of sp-trie's codec, or a node that is missing from the store.</summary>
public sealed class InvalidTrieNodeException : Exception
{
    /// <summary>Creates the exception with a message.</summary>
    public InvalidTrieNodeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public InvalidTrieNodeException()
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public InvalidTrieNodeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
