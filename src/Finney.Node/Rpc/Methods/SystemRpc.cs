using Finney.Node.Chain;
using Finney.Node.Rpc.Server;
using Finney.Node.Runtime;
using Finney.Node.TxPool;
using Finney.Primitives.Accounts;
using Finney.Primitives.Encoding;
using Finney.Rpc;
using Finney.Rpc.Dto;

namespace Finney.Node.Rpc.Methods;

/// <summary>The <c>system_*</c> methods: identity, chain properties, health and the account-next-index helper.</summary>
public sealed class SystemRpc(Blockchain chain, TransactionPool pool, NodeIdentity identity)
{
    /// <summary>A one-node chain's health: no peers, not syncing, not expected to have peers.</summary>
    public static SystemHealthDto Health { get; } = new(0, false, false);

    /// <summary>Adds the methods to <paramref name="methods"/>.</summary>
    public void Register(RpcMethodTable methods)
    {
        methods.AddSync(RpcMethods.SystemName, (_, _) => RpcResult.Ok(identity.Name));
        methods.AddSync(RpcMethods.SystemVersion, (_, _) => RpcResult.Ok(identity.Version));
        methods.AddSync(RpcMethods.SystemChain, (_, _) => RpcResult.Ok(chain.Spec.Name));
        methods.AddSync(RpcMethods.SystemChainType, (_, _) => RpcResult.Ok(chain.Spec.ChainType));
        methods.AddSync(RpcMethods.SystemProperties, (_, _) => RpcResult.Ok(chain.Spec.Properties, RpcJsonContext.Default.SystemPropertiesDto));
        methods.AddSync(RpcMethods.SystemHealth, (_, _) => RpcResult.Ok(Health, RpcJsonContext.Default.SystemHealthDto));
        methods.AddSync(RpcMethods.SystemLocalPeerId, (_, _) => RpcResult.Ok(identity.PeerId));
        methods.AddSync(RpcMethods.SystemLocalListenAddresses, (_, _) => RpcResult.Ok((IReadOnlyList<string>)[], RpcJsonContext.Default.IReadOnlyListString));
        methods.AddSync(RpcMethods.SystemPeers, (_, _) => RpcResult.Ok((IReadOnlyList<string>)[], RpcJsonContext.Default.IReadOnlyListString));
        methods.AddSync(RpcMethods.SystemNodeRoles, (_, _) => RpcResult.Ok((IReadOnlyList<string>)["Authority"], RpcJsonContext.Default.IReadOnlyListString));
        methods.AddSync(RpcMethods.SystemSyncState, (_, _) =>
        {
            var best = chain.Best.Number;
            return RpcResult.Ok(new SyncStateDto(0, best, best), RpcJsonContext.Default.SyncStateDto);
        });
        methods.AddSync(RpcMethods.SystemAccountNextIndex, AccountNextIndex);
    }

    private RpcResult AccountNextIndex(RpcParams parameters, RpcCallContext context)
    {
        parameters.ExpectAtMost(1);
        var text = parameters.GetString(0, "account");
        AccountId32 account;
        if (Hex.HasPrefix(text) && Hex.TryDecode(text, out var bytes) && bytes.Length == AccountId32.Length)
        {
            account = new AccountId32(bytes);
        }
        else if (!AccountId32.TryParse(text, out account))
        {
            throw RpcException.InvalidParams("account must be an SS58 address or 32 bytes of hex");
        }

        try
        {
            var onChain = chain.Runtime.AccountNonce(chain.AtBest, account);
            return RpcResult.Ok(pool.NextNonce(account, onChain), RpcJsonContext.Default.UInt32);
        }
        catch (RuntimeCallException e)
        {
            return RpcErrorTable.For(e);
        }
    }
}
