using Finney.Node.Blocks;
using Finney.Node.Chain;
using Finney.Node.Rpc.Server;
using Finney.Node.Runtime;

namespace Finney.Node.Rpc.Methods;

/// <summary>Resolves the optional block-hash parameter most methods take: absent or null means the best block.</summary>
internal static class BlockAt
{
    /// <summary>The block with its state; -4003 when the block is unknown.</summary>
    public static BlockState Resolve(Blockchain chain, RpcParams parameters, int index)
    {
        if (parameters.GetOptionalHash(index, "block hash") is not { } bytes)
        {
            return chain.AtBest;
        }

        var hash = new Hash256(bytes);
        return chain.At(hash) ?? throw new RpcException(RpcErrorTable.UnknownBlock(hash));
    }
}
