using System.Text.Json.Serialization;

namespace Finney.Rpc.Dto;

/// <summary><c>payment_queryFeeDetails</c>'s result; balances as JSON numbers (u64 on subtensor).</summary>
public sealed record FeeDetailsDto(
    [property: JsonPropertyName("inclusionFee")] InclusionFeeDto? InclusionFee,
    [property: JsonPropertyName("tip")] ulong Tip);
