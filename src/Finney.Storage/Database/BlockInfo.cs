namespace Finney.Storage.Database;

/// <summary>What the database indexes about a stored block besides its opaque header.</summary>
/// <param name="Number">Block number.</param>
/// <param name="Hash">Block hash.</param>
/// <param name="ParentHash">Parent's hash (32 zero bytes for genesis).</param>
/// <param name="StateRoot">Root of the state after the block (the header's state root).</param>
public sealed record BlockInfo(uint Number, byte[] Hash, byte[] ParentHash, byte[] StateRoot)
{
    /// <summary>This block as a (number, hash) pair.</summary>
    public BlockRef Ref => new(Number, Hash);
}
