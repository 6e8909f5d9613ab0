using System.Text.Json.Serialization;

namespace Finney.Rpc.Dto;

/// <summary>The parts of the inclusion fee.</summary>
public sealed record InclusionFeeDto(
    [property: JsonPropertyName("baseFee")] ulong BaseFee,
    [property: JsonPropertyName("lenFee")] ulong LenFee,
    [property: JsonPropertyName("adjustedWeightFee")] ulong AdjustedWeightFee);
