using System.Text.Json.Serialization;

namespace Finney.Rpc.Dto;

/// <summary><c>system_syncState</c>'s result: block numbers as JSON numbers.</summary>
public sealed record SyncStateDto(
    [property: JsonPropertyName("startingBlock")] uint StartingBlock,
    [property: JsonPropertyName("currentBlock")] uint CurrentBlock,
    [property: JsonPropertyName("highestBlock")] uint HighestBlock);
