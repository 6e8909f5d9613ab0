using System.Text.Json.Serialization;

namespace Finney.Rpc.Dto;

/// <summary>The digest of a header: its items, each the hex of a SCALE <c>DigestItem</c>.</summary>
public sealed record DigestDto([property: JsonPropertyName("logs")] IReadOnlyList<string> Logs);
