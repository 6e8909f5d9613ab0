using System.Text.Json.Serialization;

namespace Finney.Rpc.Dto;

/// <summary>A block: header and extrinsics, each extrinsic the hex of its encoding with the compact length prefix.</summary>
public sealed record BlockDto(
    [property: JsonPropertyName("header")] HeaderDto Header,
    [property: JsonPropertyName("extrinsics")] IReadOnlyList<string> Extrinsics);
