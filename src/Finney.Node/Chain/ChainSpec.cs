using Finney.Rpc.Dto;
using Finney.Storage;

namespace Finney.Node.Chain;

/// <summary>
/// What the node takes from a chain specification: names for <c>system_chain</c>/<c>system_chainType</c>,
/// the token properties, and the genesis storage (built by the runtime from the spec's JSON).
/// </summary>
public sealed record ChainSpec(string Name, string Id, string ChainType, SystemPropertiesDto Properties, Func<IReadOnlyList<StateChange>> GenesisStorage);
