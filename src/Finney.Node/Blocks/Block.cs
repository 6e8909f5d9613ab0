using Finney.Primitives.Encoding;
using Finney.Rpc.Dto;

namespace Finney.Node.Blocks;

/// <summary>
/// A block: its header and its extrinsics, each extrinsic its full encoding including the compact length
/// prefix (the bytes clients submitted, which they hash to find their transaction in the block).
/// </summary>
public sealed record Block(BlockHeader Header, IReadOnlyList<byte[]> Extrinsics)
{
    /// <summary>The JSON form <c>chain_getBlock</c> serves.</summary>
    public SignedBlockDto ToDto() => new(new BlockDto(Header.ToDto(), [.. Extrinsics.Select(e => Hex.Encode(e))]), null);
}
