using System.Text.Json;
using System.Text.Json.Serialization;

namespace Finney.Rpc.Dto;

/// <summary>Reads and writes <see cref="RuntimeApiDto"/> as a two-element JSON array.</summary>
public sealed class RuntimeApiDtoConverter : JsonConverter<RuntimeApiDto>
{
    /// <inheritdoc />
    public override RuntimeApiDto Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray || !reader.Read() || reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("A runtime API is [\"0x<id>\", version].");
        }

        var id = reader.GetString()!;
        if (!reader.Read() || reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonException("A runtime API is [\"0x<id>\", version].");
        }

        var version = reader.GetUInt32();
        if (!reader.Read() || reader.TokenType != JsonTokenType.EndArray)
        {
            throw new JsonException("A runtime API is [\"0x<id>\", version].");
        }

        return new RuntimeApiDto(id, version);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, RuntimeApiDto value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteStringValue(value.Id);
        writer.WriteNumberValue(value.Version);
        writer.WriteEndArray();
    }
}
