using Finney.Node.Chain;
using Finney.Node.Runtime;

namespace Finney.NodeHost;

/// <summary>Loads the runtime and the chain spec the node runs.</summary>
internal static class HostRuntime
{
    /// <summary>The runtime and spec for chain <paramref name="chainId"/> (built in) or the spec file at <paramref name="specPath"/>.</summary>
    /// <exception cref="NodeStartupException">The spec cannot be loaded.</exception>
    public static (IRuntimeApi Runtime, ChainSpec Spec) Load(string chainId, string? specPath) =>
        throw new NodeStartupException(
            $"cannot run chain '{specPath ?? chainId}': the Finney runtime façade (docs/runtime.md) is not part of this build yet");
}
