using Finney.Node.Blocks;
using Finney.Storage;

namespace Finney.Node.Runtime;

/// <summary>The state after a block, with the block's number and hash (runtime calls need all three).</summary>
public readonly record struct BlockState(uint Number, Hash256 Hash, IStateReader State);
