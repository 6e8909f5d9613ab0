using System.Text.Json;
using System.Text.Json.Serialization;

namespace Finney.Rpc.Dto;

/// <summary>Reads and writes <see cref="ExtrinsicStatusDto"/> as a string or a one-member object.</summary>
public sealed class ExtrinsicStatusDtoConverter : JsonConverter<ExtrinsicStatusDto>
{
    /// <inheritdoc />
    public override ExtrinsicStatusDto Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new ExtrinsicStatusDto(reader.GetString()!);
        }

        if (reader.TokenType != JsonTokenType.StartObject || !reader.Read() || reader.TokenType != JsonTokenType.PropertyName)
        {
            throw new JsonException("An extrinsic status is a string or an object with one member.");
        }

        var kind = reader.GetString()!;
        reader.Read();
        string? hash = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        if (reader.TokenType is JsonTokenType.StartArray or JsonTokenType.StartObject)
        {
            reader.Skip();
        }

        if (!reader.Read() || reader.TokenType != JsonTokenType.EndObject)
        {
            throw new JsonException("An extrinsic status object has exactly one member.");
        }

        return new ExtrinsicStatusDto(kind, hash);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ExtrinsicStatusDto value, JsonSerializerOptions options)
    {
        if (value.Hash is null)
        {
            writer.WriteStringValue(value.Kind);
            return;
        }

        writer.WriteStartObject();
        writer.WriteString(value.Kind, value.Hash);
        writer.WriteEndObject();
    }
}
