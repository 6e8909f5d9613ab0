using System.Text.Json;
using Finney.Node.Blocks;
using Finney.Node.Rpc.Server;
using Finney.Node.TxPool;
using Finney.Primitives.Encoding;
using Finney.Rpc;

namespace Finney.Node.Rpc.Methods;

/// <summary>The <c>author_*</c> methods: submit (and watch) extrinsics, list and remove pool transactions.</summary>
public sealed class AuthorRpc(TransactionPool pool)
{
    /// <summary>Adds the methods to <paramref name="methods"/>.</summary>
    public void Register(RpcMethodTable methods)
    {
        methods.AddSync(RpcMethods.AuthorSubmitExtrinsic, (p, _) =>
        {
            p.ExpectAtMost(1);
            var extrinsic = p.GetBytes(0, "extrinsic");
            var result = pool.Submit(extrinsic, null, out var hash);
            return RpcErrorTable.For(result, hash) is { } error ? error : RpcResult.Ok(hash.ToHex());
        });
        methods.AddSync(RpcMethods.AuthorSubmitAndWatchExtrinsic, SubmitAndWatch);
        methods.AddSync(RpcMethods.AuthorUnwatchExtrinsic, (p, c) => RpcResult.Ok(c.Unsubscribe(RpcMethods.AuthorSubmitAndWatchExtrinsic, p.GetString(0, "subscription id"))));
        methods.AddSync(RpcMethods.AuthorPendingExtrinsics, (_, _) =>
            RpcResult.Ok(pool.Pending().Select(t => Hex.Encode(t.Bytes)).ToArray(), RpcJsonContext.Default.StringArray));
        methods.AddSync(RpcMethods.AuthorRemoveExtrinsic, RemoveExtrinsic);
    }

    private RpcResult SubmitAndWatch(RpcParams parameters, RpcCallContext context)
    {
        parameters.ExpectAtMost(1);
        var extrinsic = parameters.GetBytes(0, "extrinsic");
        var subscription = context.Subscribe(RpcMethods.AuthorSubmitAndWatchExtrinsic, RpcNotifications.ExtrinsicUpdate);
        void OnStatus(TxStatus status)
        {
            subscription.Notify(RpcResult.Ok(status.ToDto(), RpcJsonContext.Default.ExtrinsicStatusDto));
            if (status.IsFinal)
            {
                subscription.Close();
            }
        }

        var result = pool.Submit(extrinsic, OnStatus, out var hash);
        if (RpcErrorTable.For(result, hash) is { } error)
        {
            subscription.Close();
            return error;
        }

        subscription.Closed.Register(() => pool.Unwatch(hash, OnStatus));
        return RpcResult.Ok(subscription.Id);
    }

    private RpcResult RemoveExtrinsic(RpcParams parameters, RpcCallContext context)
    {
        var items = parameters[0];
        if (items.ValueKind != JsonValueKind.Array)
        {
            throw RpcException.InvalidParams("bytesOrHash must be an array of {\"hash\": …} or {\"extrinsic\": …}");
        }

        var removed = new List<string>();
        foreach (var item in items.EnumerateArray())
        {
            Hash256 hash;
            if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("hash", out var h) && h.ValueKind == JsonValueKind.String)
            {
                hash = new Hash256(RpcParams.ParseHex(h.GetString()!, "hash") is { Length: 32 } bytes ? bytes : throw RpcException.InvalidParams("hash must be 32 bytes"));
            }
            else if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("extrinsic", out var x) && x.ValueKind == JsonValueKind.String)
            {
                hash = Hash256.Blake2(RpcParams.ParseHex(x.GetString()!, "extrinsic"));
            }
            else
            {
                throw RpcException.InvalidParams("bytesOrHash items are {\"hash\": …} or {\"extrinsic\": …}");
            }

            if (pool.Remove(hash))
            {
                removed.Add(hash.ToHex());
            }
        }

        return RpcResult.Ok(removed.ToArray(), RpcJsonContext.Default.StringArray);
    }
}
