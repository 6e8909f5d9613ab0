using Finney.Node.Blocks;
using Finney.Storage;

namespace Finney.Node.Runtime;

/// <summary>
/// A finalized block as the runtime leaves it: the header (digest and extrinsics root set, state root still
/// zero: the node's database computes it), the extrinsics in order (inherents first) and the state changes.
/// </summary>
public sealed record BuiltBlock(BlockHeader Header, IReadOnlyList<byte[]> Extrinsics, IReadOnlyList<StateChange> Changes);
