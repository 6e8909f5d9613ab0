namespace Finney.Node.Rpc.Methods;

/// <summary>What <c>system_name</c>, <c>system_version</c> and the role methods report (subtensor's values by default).</summary>
public sealed record NodeIdentity
{
    /// <summary><c>system_name</c> (default "Subtensor Node", as subtensor reports it).</summary>
    public string Name { get; init; } = "Subtensor Node";

    /// <summary><c>system_version</c>.</summary>
    public string Version { get; init; } = "4.0.0-dev-finney";

    /// <summary>The node's display name (<c>--name</c>), for logs.</summary>
    public string NodeName { get; init; } = "finney-dev";

    /// <summary>A stable peer id for <c>system_localPeerId</c> (no networking yet).</summary>
    public string PeerId { get; init; } = "12D3KooWFinneyDevNode1111111111111111111111111111111";
}
