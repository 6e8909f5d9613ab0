using Finney.Rpc.Dto;
using Finney.Runtime;
using RuntimeSpec = Finney.Runtime.Genesis.ChainSpec;

namespace Finney.Node.Chain;

/// <summary>The node's view of the runtime's chain specifications.</summary>
public static class ChainSpecs
{
    /// <summary>The node's <see cref="ChainSpec"/> for <paramref name="spec"/>, genesis built by <paramref name="runtime"/>.</summary>
    public static ChainSpec From(RuntimeSpec spec, FinneyRuntime runtime) => new(
        spec.Name,
        spec.Id,
        spec.ChainType,
        new SystemPropertiesDto(spec.Properties.Ss58Format, spec.Properties.TokenDecimals, spec.Properties.TokenSymbol),
        () => runtime.BuildGenesis(spec).Changes);
}
