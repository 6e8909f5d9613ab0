using System.Text.Json.Serialization;

namespace Finney.Rpc.Dto;

/// <summary>One runtime API in <see cref="RuntimeVersionDto.Apis"/>: written as the pair <c>["0x&lt;8-byte id&gt;", version]</c>.</summary>
[JsonConverter(typeof(RuntimeApiDtoConverter))]
public sealed record RuntimeApiDto(string Id, uint Version);
