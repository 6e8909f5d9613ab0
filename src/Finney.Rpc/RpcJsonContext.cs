using System.Text.Json;
using System.Text.Json.Serialization;
using Finney.Rpc.Dto;

namespace Finney.Rpc;

/// <summary>
/// Source-generated JSON metadata for every type on the wire (no reflection, trimming-safe, fast).
/// Null members of DTOs are written as <c>null</c>: Substrate's JSON has them (e.g. <c>justifications</c>).
/// </summary>
[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(uint))]
[JsonSerializable(typeof(ulong))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(JsonRpcError))]
[JsonSerializable(typeof(string?[]))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(IReadOnlyList<string?>))]
[JsonSerializable(typeof(IReadOnlyList<StorageChangeSetDto>))]
[JsonSerializable(typeof(IReadOnlyList<string[]>))]
[JsonSerializable(typeof(HeaderDto))]
[JsonSerializable(typeof(SignedBlockDto))]
[JsonSerializable(typeof(RuntimeVersionDto))]
[JsonSerializable(typeof(StorageChangeSetDto))]
[JsonSerializable(typeof(ReadProofDto))]
[JsonSerializable(typeof(SystemHealthDto))]
[JsonSerializable(typeof(SystemPropertiesDto))]
[JsonSerializable(typeof(RpcMethodsDto))]
[JsonSerializable(typeof(SyncStateDto))]
[JsonSerializable(typeof(ExtrinsicStatusDto))]
[JsonSerializable(typeof(RuntimeDispatchInfoDto))]
[JsonSerializable(typeof(FeeDetailsDto))]
public sealed partial class RpcJsonContext : JsonSerializerContext;
