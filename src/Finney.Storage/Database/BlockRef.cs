namespace Finney.Storage.Database;

/// <summary>A block by number and hash: what the head and finalized pointers hold.</summary>
/// <param name="Number">Block number (height).</param>
/// <param name="Hash">BLAKE2b-256 of the SCALE header.</param>
public sealed record BlockRef(uint Number, byte[] Hash);
