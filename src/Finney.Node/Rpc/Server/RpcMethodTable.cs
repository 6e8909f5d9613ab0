using Finney.Rpc;

namespace Finney.Node.Rpc.Server;

/// <summary>
/// Every method the server answers, by name, aliases included. <c>rpc_methods</c> lists exactly this
/// table, so what is listed is what works (polkadot.js removes methods missing from the list).
/// </summary>
public sealed class RpcMethodTable
{
    private readonly Dictionary<string, RpcHandler> _handlers = new(StringComparer.Ordinal);

    /// <summary>A table that already answers <c>rpc_methods</c>.</summary>
    public RpcMethodTable() =>
        Add(RpcMethods.RpcMethodsList, (_, _) => ValueTask.FromResult(RpcResult.Ok(new Finney.Rpc.Dto.RpcMethodsDto(Names), RpcJsonContext.Default.RpcMethodsDto)));

    /// <summary>All names, sorted.</summary>
    public IReadOnlyList<string> Names => [.. _handlers.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Registers <paramref name="handler"/> under <paramref name="method"/> and its Substrate aliases.</summary>
    /// <exception cref="InvalidOperationException">A name is registered twice.</exception>
    public void Add(string method, RpcHandler handler)
    {
        foreach (var name in RpcMethods.AliasesOf(method).Prepend(method))
        {
            if (!_handlers.TryAdd(name, handler))
            {
                throw new InvalidOperationException($"RPC method {name} is registered twice.");
            }
        }
    }

    /// <summary>Registers a method that answers synchronously.</summary>
    public void AddSync(string method, Func<RpcParams, RpcCallContext, RpcResult> handler) =>
        Add(method, (parameters, context) => ValueTask.FromResult(handler(parameters, context)));

    /// <summary>The handler for <paramref name="name"/>, if any.</summary>
    public bool TryGet(string name, out RpcHandler handler) => _handlers.TryGetValue(name, out handler!);
}
