using System.Text.Json.Serialization;

namespace Finney.Rpc.Dto;

/// <summary><c>system_properties</c>'s result; polkadot.js takes the SS58 prefix, decimals and symbol from here.</summary>
public sealed record SystemPropertiesDto(
    [property: JsonPropertyName("ss58Format")] ushort Ss58Format,
    [property: JsonPropertyName("tokenDecimals")] int TokenDecimals,
    [property: JsonPropertyName("tokenSymbol")] string TokenSymbol);
