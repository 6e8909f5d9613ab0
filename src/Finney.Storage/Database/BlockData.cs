namespace Finney.Storage.Database;

/// <summary>
/// A block to store, as the node hands it over: the header and extrinsics are opaque bytes (the runtime owns
/// their types); storage only needs the number and the two hashes to index them.
/// </summary>
/// <param name="Number">Block number: the head's number plus one (0 for genesis).</param>
/// <param name="Hash">BLAKE2b-256 of <paramref name="Header"/>.</param>
/// <param name="ParentHash">The head's hash (32 zero bytes for genesis).</param>
/// <param name="Header">The SCALE-encoded header, whose state root is the committed <see cref="StateUpdate.Root"/>.</param>
/// <param name="Body">The encoded extrinsics, in order.</param>
/// <param name="Justification">Finality proof bytes, when the block comes with one.</param>
public sealed record BlockData(uint Number, byte[] Hash, byte[] ParentHash, byte[] Header, IReadOnlyList<byte[]> Body, byte[]? Justification = null);
