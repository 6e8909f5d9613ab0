using System.Text.Json.Serialization;

namespace Finney.Rpc.Dto;

/// <summary>
/// <c>chain_getBlock</c>'s result: the block and its justifications (always null on a dev chain).
/// </summary>
public sealed record SignedBlockDto(
    [property: JsonPropertyName("block")] BlockDto Block,
    [property: JsonPropertyName("justifications")] IReadOnlyList<IReadOnlyList<string>>? Justifications);
