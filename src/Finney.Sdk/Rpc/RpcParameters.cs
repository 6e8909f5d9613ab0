using System.Globalization;
using System.Text.Json;

namespace Finney.Sdk.Rpc;

/// <summary>Turns positional parameters into JSON and writes request frames, without reflection.</summary>
internal static class RpcParameters
{
    /// <summary>Each parameter as a JSON element.</summary>
    /// <exception cref="ArgumentException">A parameter of a type JSON-RPC calls here never need.</exception>
    public static JsonElement[] From(object?[] parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var result = new JsonElement[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            result[i] = parameters[i] switch
            {
                JsonElement element => element,
                null => Parse("null"),
                string text => JsonSerializer.SerializeToElement(text, Finney.Rpc.RpcJsonContext.Default.String),
                bool flag => Parse(flag ? "true" : "false"),
                int or uint or long or ulong => Parse(Convert.ToString(parameters[i], CultureInfo.InvariantCulture)!),
                IEnumerable<string> texts => Parse(JsonSerializer.Serialize(texts.ToArray(), Finney.Rpc.RpcJsonContext.Default.StringArray)),
                var other => throw new ArgumentException($"Parameter {i} has type {other.GetType().Name}, which RPC parameters do not take.", nameof(parameters)),
            };
        }

        return result;
    }

    /// <summary>The UTF-8 request frame.</summary>
    public static byte[] Request(long id, string method, JsonElement[] parameters)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("jsonrpc", "2.0");
            writer.WriteNumber("id", id);
            writer.WriteString("method", method);
            writer.WriteStartArray("params");
            foreach (var parameter in parameters)
            {
                parameter.WriteTo(writer);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
