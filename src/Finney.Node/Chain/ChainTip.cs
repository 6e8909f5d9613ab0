using Finney.Node.Blocks;

namespace Finney.Node.Chain;

/// <summary>A block at the tip of the chain (best or finalized): number, hash and header.</summary>
public sealed record ChainTip(uint Number, Hash256 Hash, BlockHeader Header);
