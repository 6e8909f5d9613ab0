using System.Text.Json.Serialization;

namespace Finney.Rpc.Dto;

/// <summary>
/// What <c>state_getReadProof</c> returns: the block the proof is against and the encoded trie nodes (hex) that
/// reading the requested keys touches, from which a holder of that block's state root can check the values.
/// </summary>
public sealed record ReadProofDto(
    [property: JsonPropertyName("at")] string At,
    [property: JsonPropertyName("proof")] IReadOnlyList<string> Proof);
