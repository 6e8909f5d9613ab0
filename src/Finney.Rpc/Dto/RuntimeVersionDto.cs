using System.Text.Json.Serialization;

namespace Finney.Rpc.Dto;

/// <summary>
/// <c>state_getRuntimeVersion</c>'s result. Both <c>systemVersion</c> and <c>stateVersion</c> are sent:
/// polkadot.js reads the latter, newer tools the former.
/// </summary>
public sealed record RuntimeVersionDto(
    [property: JsonPropertyName("specName")] string SpecName,
    [property: JsonPropertyName("implName")] string ImplName,
    [property: JsonPropertyName("authoringVersion")] uint AuthoringVersion,
    [property: JsonPropertyName("specVersion")] uint SpecVersion,
    [property: JsonPropertyName("implVersion")] uint ImplVersion,
    [property: JsonPropertyName("apis")] IReadOnlyList<RuntimeApiDto> Apis,
    [property: JsonPropertyName("transactionVersion")] uint TransactionVersion,
    [property: JsonPropertyName("systemVersion")] byte SystemVersion,
    [property: JsonPropertyName("stateVersion")] byte StateVersion);
