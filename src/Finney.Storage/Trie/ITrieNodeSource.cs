namespace Finney.Storage.Trie;

/// <summary>
/// Trie nodes and value nodes by their BLAKE2b-256 hash: what a trie reader or updater needs from storage, and
/// what a state download asks peers for.
/// </summary>
public interface ITrieNodeSource
{
    /// <summary>The encoded node (or value, for a hashed value) whose hash is <paramref name="hash"/>, or null when absent.</summary>
    byte[]? GetNode(ReadOnlySpan<byte> hash);
}
