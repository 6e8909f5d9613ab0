using System.Text.Json.Serialization;

namespace Finney.Rpc.Dto;

/// <summary>
/// Storage values at one block, as <c>state_queryStorageAt</c> returns and <c>state_storage</c> notifies:
/// <c>changes</c> is a list of <c>[key, value]</c> pairs, the value null when the key has none. Keys are
/// echoed exactly as the client sent them (polkadot.js matches by string equality).
/// </summary>
public sealed record StorageChangeSetDto(
    [property: JsonPropertyName("block")] string Block,
    [property: JsonPropertyName("changes")] IReadOnlyList<string?[]> Changes);
