using Finney.Node.Blocks;
using Finney.Node.Chain;
using Finney.Node.Rpc.Server;
using Finney.Storage;

namespace Finney.Node.Rpc.Methods;

/// <summary>Resolves the optional block-hash parameter most methods take: absent or null means the best block.</summary>
internal static class BlockAt
{
    /// <summary>The block hash and its state; -4003 when the block is unknown.</summary>
    public static (Hash256 Hash, IStateReader State) Resolve(Blockchain chain, RpcParams parameters, int index)
    {
        if (parameters.GetOptionalHash(index, "block hash") is not { } bytes)
        {
            var best = chain.Best;
            return (best.Hash, chain.StateAt(best.Hash)!);
        }

        var hash = new Hash256(bytes);
        return chain.StateAt(hash) is { } state ? (hash, state) : throw new RpcException(RpcErrorTable.UnknownBlock(hash));
    }
}
