using Finney.Node.Rpc.Server;
using Finney.Rpc;

namespace Finney.Node.Tests.Rpc.Server;

/// <summary>Methods that exercise the server without a chain behind it.</summary>
internal static class FakeMethods
{
    public static RpcMethodTable Create()
    {
        var methods = new RpcMethodTable();
        methods.AddSync("test_echo", (p, _) => RpcResult.Ok(p.GetString(0, "text")));
        methods.AddSync("test_optional", (p, _) => RpcResult.Ok(p.GetOptionalString(0, "first") ?? "none"));
        methods.Add("test_sleep", async (p, c) =>
        {
            var ms = p.GetUInt32(0, "milliseconds");
            await Task.Delay((int)ms, c.Aborted);
            return RpcResult.Ok(ms);
        });
        methods.AddSync("test_throw", (_, _) => throw new InvalidOperationException("boom"));
        methods.AddSync("test_big", (p, _) => RpcResult.Ok(new string('a', (int)p.GetUInt32(0, "length"))));
        methods.AddSync("test_subscribe", (p, c) =>
        {
            var subscription = c.Subscribe("test_subscribe", "test_tick");
            var count = p.GetOptionalUInt32(0, "count") ?? 1;
            for (var i = 0u; i < count; i++)
            {
                subscription.Notify(RpcResult.Ok(i));
            }

            return RpcResult.Ok(subscription.Id);
        });
        methods.AddSync("test_unsubscribe", (p, c) => RpcResult.Ok(c.Unsubscribe("test_subscribe", p.GetString(0, "id"))));
        methods.AddSync(RpcMethods.ChainGetBlockHash, (_, _) => RpcResult.Ok("0x00"));
        return methods;
    }
}
