using Finney.Node.Authoring;
using Finney.Node.Rpc.Methods;
using Finney.Node.Rpc.Server;
using Finney.Node.TxPool;

namespace Finney.Node;

/// <summary>The node's component options, one record each, validated together at startup.</summary>
public sealed record DevNodeOptions
{
    /// <summary>JSON-RPC server.</summary>
    public RpcOptions Rpc { get; init; } = new();

    /// <summary>Transaction pool.</summary>
    public TxPoolOptions Pool { get; init; } = new();

    /// <summary>Dev block authoring.</summary>
    public AuthoringOptions Authoring { get; init; } = new();

    /// <summary>What the system methods report.</summary>
    public NodeIdentity Identity { get; init; } = new();

    /// <summary>Every problem of every component; empty when the node can start.</summary>
    public IReadOnlyList<string> Validate() => [.. Rpc.Validate(), .. Pool.Validate(), .. Authoring.Validate()];
}
