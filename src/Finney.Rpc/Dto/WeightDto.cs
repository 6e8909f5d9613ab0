using System.Text.Json.Serialization;

namespace Finney.Rpc.Dto;

/// <summary>A two-dimensional weight in JSON (snake_case field names, as Substrate's serde derives them).</summary>
public sealed record WeightDto(
    [property: JsonPropertyName("ref_time")] ulong RefTime,
    [property: JsonPropertyName("proof_size")] ulong ProofSize);
