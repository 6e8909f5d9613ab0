using System.Text.Json.Serialization;

namespace Finney.Rpc.Dto;

/// <summary><c>rpc_methods</c>'s result: every method and alias the node serves, sorted.</summary>
public sealed record RpcMethodsDto([property: JsonPropertyName("methods")] IReadOnlyList<string> Methods);
