using Finney.Node.Chain;
using Finney.Node.Runtime;
using Finney.Runtime;
using RuntimeSpec = Finney.Runtime.Genesis.ChainSpec;

namespace Finney.NodeHost;

/// <summary>Loads the runtime and the chain spec the node runs.</summary>
internal static class HostRuntime
{
    /// <summary>The runtime and the spec of the chain the flags name (<c>--dev</c>, <c>--chain dev</c> or a spec file).</summary>
    /// <exception cref="NodeStartupException">The spec file cannot be read or parsed.</exception>
    public static (IRuntimeApi Runtime, ChainSpec Spec) Load(NodeSettings settings)
    {
        var runtime = FinneyRuntime.Instance;
        RuntimeSpec spec;
        if (settings.Dev || settings.Chain == "dev")
        {
            spec = RuntimeSpec.Dev;
        }
        else
        {
            try
            {
                spec = RuntimeSpec.Parse(File.ReadAllText(settings.Chain!));
            }
            catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
            {
                throw new NodeStartupException($"--chain: cannot load {settings.Chain}: {e.Message}", e);
            }
        }

        return (new FinneyRuntimeApi(runtime), ChainSpecs.From(spec, runtime));
    }
}
