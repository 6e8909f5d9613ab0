using System.Text.Json.Serialization;

namespace Finney.Rpc.Dto;

/// <summary>
/// A block header as <c>chain_getHeader</c> and the head subscriptions serve it: hashes as 0x hex, the
/// number as a hex string (<c>"0x3e8"</c>; the Python SDK parses it with base 16), digest items as their
/// SCALE encoding in hex.
/// </summary>
public sealed record HeaderDto(
    [property: JsonPropertyName("parentHash")] string ParentHash,
    [property: JsonPropertyName("number")] string Number,
    [property: JsonPropertyName("stateRoot")] string StateRoot,
    [property: JsonPropertyName("extrinsicsRoot")] string ExtrinsicsRoot,
    [property: JsonPropertyName("digest")] DigestDto Digest);
