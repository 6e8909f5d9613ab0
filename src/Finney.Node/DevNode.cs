using Finney.Node.Authoring;
using Finney.Node.Chain;
using Finney.Node.Rpc.Methods;
using Finney.Node.Rpc.Server;
using Finney.Node.Runtime;
using Finney.Node.TxPool;
using Microsoft.Extensions.Logging;

namespace Finney.Node;

/// <summary>
/// A dev node's services put together: chain over a store, pool, the dev authoring engine and every RPC
/// method. The host adds Kestrel and logging; tests and benchmarks run it in-process.
/// </summary>
public sealed class DevNode : IDisposable
{
    /// <summary>Builds the services and initializes the chain (genesis or resume).</summary>
    public DevNode(IChainStore store, IRuntimeApi runtime, ChainSpec spec, DevNodeOptions options, TimeProvider time, ILoggerFactory loggers)
    {
        Options = options;
        Chain = new Blockchain(store, runtime, spec, loggers.CreateLogger("substrate"));
        Chain.Initialize();
        Pool = new TransactionPool(options.Pool, new PoolChainView(Chain), time, loggers.CreateLogger("txpool"));
        Authoring = new DevAuthoring(Chain, Pool, options.Authoring, time, loggers.CreateLogger("aura"));
        Informant = new Informant(Chain, time, loggers.CreateLogger("substrate"));
        Methods = new RpcMethodTable();
        new SystemRpc(Chain, Pool, options.Identity).Register(Methods);
        new ChainRpc(Chain).Register(Methods);
        new StateRpc(Chain).Register(Methods);
        new AuthorRpc(Pool).Register(Methods);
        new PaymentRpc(Chain).Register(Methods);
        Dispatcher = new RpcDispatcher(Methods, options.Rpc, loggers.CreateLogger("rpc"));
        Endpoint = new RpcEndpoint(Dispatcher, () => SystemRpc.Health, loggers.CreateLogger("rpc"));
    }

    /// <summary>The settings in force.</summary>
    public DevNodeOptions Options { get; }

    /// <summary>The chain.</summary>
    public Blockchain Chain { get; }

    /// <summary>The transaction pool.</summary>
    public TransactionPool Pool { get; }

    /// <summary>The dev consensus engine.</summary>
    public DevAuthoring Authoring { get; }

    /// <summary>The periodic status line.</summary>
    public Informant Informant { get; }

    /// <summary>Every RPC method.</summary>
    public RpcMethodTable Methods { get; }

    /// <summary>The transport-independent RPC entry.</summary>
    public RpcDispatcher Dispatcher { get; }

    /// <summary>The Kestrel entry.</summary>
    public RpcEndpoint Endpoint { get; }

    /// <summary>Authors blocks and logs status until <paramref name="stopping"/> fires.</summary>
    public Task RunAsync(CancellationToken stopping) => Task.WhenAll(
        Authoring.RunAsync(stopping),
        Informant.RunAsync(TimeSpan.FromSeconds(5), stopping));

    /// <inheritdoc />
    public void Dispose()
    {
        Authoring.Dispose();
        Chain.Store.Dispose();
    }
}
