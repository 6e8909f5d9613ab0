using Finney.Node.Blocks;
using Finney.Storage;

namespace Finney.Node.Runtime;

/// <summary>What finalizing a block gives the node: the header's digest as the runtime left it and the state changes in key order.</summary>
public sealed record BuiltBlock(IReadOnlyList<DigestItem> Digest, IReadOnlyList<StateChange> Changes);
