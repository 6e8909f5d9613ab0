using System.Text.Json.Serialization;

namespace Finney.Rpc.Dto;

/// <summary><c>system_health</c>'s result (also served on <c>GET /health</c>).</summary>
public sealed record SystemHealthDto(
    [property: JsonPropertyName("peers")] int Peers,
    [property: JsonPropertyName("isSyncing")] bool IsSyncing,
    [property: JsonPropertyName("shouldHavePeers")] bool ShouldHavePeers);
