namespace Finney.Storage.Trie;

/// <summary>
/// One key range of a state, in key order: what a peer sends per request when a state is transferred by ranges
/// (<see cref="StateChunks.Read"/> produces it, <see cref="StateChunkImport.Add"/> consumes it).
/// </summary>
/// <param name="Entries">Key-value pairs in strictly ascending key order, all after the requested start key.</param>
/// <param name="IsLast">True when no key of the state follows the last entry.</param>
public sealed record StateChunk(IReadOnlyList<KeyValuePair<byte[], byte[]>> Entries, bool IsLast);
