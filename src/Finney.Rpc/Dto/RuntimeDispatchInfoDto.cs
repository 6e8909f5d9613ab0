using System.Text.Json.Serialization;

namespace Finney.Rpc.Dto;

/// <summary>
/// <c>payment_queryInfo</c>'s result: weight, dispatch class (<c>"normal"</c>, <c>"operational"</c>,
/// <c>"mandatory"</c>) and the fee as a decimal string, as Substrate serializes it.
/// </summary>
public sealed record RuntimeDispatchInfoDto(
    [property: JsonPropertyName("weight")] WeightDto Weight,
    [property: JsonPropertyName("class")] string Class,
    [property: JsonPropertyName("partialFee")] string PartialFee);
