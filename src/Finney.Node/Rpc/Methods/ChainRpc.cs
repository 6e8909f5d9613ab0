using System.Text.Json;
using Finney.Node.Blocks;
using Finney.Node.Chain;
using Finney.Node.Rpc.Server;
using Finney.Rpc;

namespace Finney.Node.Rpc.Methods;

/// <summary>The <c>chain_*</c> methods: hashes, headers, blocks and the three head subscriptions.</summary>
public sealed class ChainRpc(Blockchain chain)
{
    /// <summary>Adds the methods to <paramref name="methods"/>.</summary>
    public void Register(RpcMethodTable methods)
    {
        methods.AddSync(RpcMethods.ChainGetBlockHash, GetBlockHash);
        methods.AddSync(RpcMethods.ChainGetHeader, (p, _) =>
        {
            p.ExpectAtMost(1);
            var header = p.GetOptionalHash(0, "block hash") is { } hash ? chain.Header(new Hash256(hash)) : chain.Best.Header;
            return header is null ? RpcResult.Null : RpcResult.Ok(header.ToDto(), RpcJsonContext.Default.HeaderDto);
        });
        methods.AddSync(RpcMethods.ChainGetBlock, (p, _) =>
        {
            p.ExpectAtMost(1);
            var block = chain.Block(p.GetOptionalHash(0, "block hash") is { } hash ? new Hash256(hash) : chain.Best.Hash);
            return block is null ? RpcResult.Null : RpcResult.Ok(block.ToDto(), RpcJsonContext.Default.SignedBlockDto);
        });
        methods.AddSync(RpcMethods.ChainGetFinalizedHead, (_, _) => RpcResult.Ok(chain.Finalized.Hash.ToHex()));

        AddHeadSubscription(methods, RpcMethods.ChainSubscribeNewHeads, RpcMethods.ChainUnsubscribeNewHeads, RpcNotifications.NewHead, finalizedOnly: false);
        AddHeadSubscription(methods, RpcMethods.ChainSubscribeAllHeads, RpcMethods.ChainUnsubscribeAllHeads, RpcNotifications.AllHead, finalizedOnly: false);
        AddHeadSubscription(methods, RpcMethods.ChainSubscribeFinalizedHeads, RpcMethods.ChainUnsubscribeFinalizedHeads, RpcNotifications.FinalizedHead, finalizedOnly: true);
    }

    private RpcResult GetBlockHash(RpcParams parameters, RpcCallContext context)
    {
        parameters.ExpectAtMost(1);
        if (!parameters.Has(0))
        {
            return RpcResult.Ok(chain.Best.Hash.ToHex());
        }

        var argument = parameters[0];
        if (argument.ValueKind != JsonValueKind.Array)
        {
            return RpcResult.Ok(chain.HashAt(RpcParams.ParseUInt32(argument, "block number"))?.ToHex());
        }

        var hashes = argument.EnumerateArray().Select(n => chain.HashAt(RpcParams.ParseUInt32(n, "block number"))?.ToHex()).ToArray();
        return RpcResult.Ok(hashes, RpcJsonContext.Default.StringArray);
    }

    private void AddHeadSubscription(RpcMethodTable methods, string subscribe, string unsubscribe, string notification, bool finalizedOnly)
    {
        methods.AddSync(subscribe, (_, context) =>
        {
            var subscription = context.Subscribe(subscribe, notification);
            if (finalizedOnly)
            {
                void OnFinalized(ChainTip tip) => subscription.Notify(RpcResult.Ok(tip.Header.ToDto(), RpcJsonContext.Default.HeaderDto));
                chain.BlockFinalized += OnFinalized;
                subscription.Closed.Register(() => chain.BlockFinalized -= OnFinalized);
                OnFinalized(chain.Finalized);
            }
            else
            {
                void OnImported(ImportedBlock block) => subscription.Notify(RpcResult.Ok(block.Block.Header.ToDto(), RpcJsonContext.Default.HeaderDto));
                chain.BlockImported += OnImported;
                subscription.Closed.Register(() => chain.BlockImported -= OnImported);
                subscription.Notify(RpcResult.Ok(chain.Best.Header.ToDto(), RpcJsonContext.Default.HeaderDto));
            }

            return RpcResult.Ok(subscription.Id);
        });
        methods.AddSync(unsubscribe, (p, context) => RpcResult.Ok(context.Unsubscribe(subscribe, p.GetString(0, "subscription id"))));
    }
}
