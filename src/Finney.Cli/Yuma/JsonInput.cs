using System.Globalization;
using System.Text.Json;

namespace Finney.Cli.Yuma;

/// <summary>Typed reads from a <see cref="JsonElement"/> that fail with a <see cref="CliException"/> naming the field's path.</summary>
internal static class JsonInput
{
    /// <summary>The object's required property, or an error naming <c>path.name</c>.</summary>
    public static JsonElement Required(JsonElement obj, string path, string name)
    {
        RequireKind(obj, JsonValueKind.Object, path, "an object");
        return obj.TryGetProperty(name, out var value) ? value : throw Fail($"missing field '{Join(path, name)}'");
    }

    /// <summary>The object's optional property.</summary>
    public static JsonElement? Optional(JsonElement obj, string path, string name)
    {
        RequireKind(obj, JsonValueKind.Object, path, "an object");
        return obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;
    }

    /// <summary>The array's elements, or an error saying <paramref name="path"/> must be an array.</summary>
    public static JsonElement[] Array(JsonElement element, string path)
    {
        RequireKind(element, JsonValueKind.Array, path, "an array");
        return element.EnumerateArray().ToArray();
    }

    /// <summary>A two-element array, e.g. a [uid, value] pair.</summary>
    public static (JsonElement First, JsonElement Second) Pair(JsonElement element, string path, string what)
    {
        var items = element.ValueKind == JsonValueKind.Array ? element.EnumerateArray().ToArray() : [];
        return items.Length == 2 ? (items[0], items[1]) : throw Fail($"field '{path}' must be {what}");
    }

    /// <summary>An integer in [0, <paramref name="max"/>].</summary>
    public static ulong UInt(JsonElement element, string path, ulong max = ulong.MaxValue)
    {
        if (element.ValueKind == JsonValueKind.Number && element.TryGetUInt64(out ulong value) && value <= max)
        {
            return value;
        }

        string got = element.ValueKind == JsonValueKind.Number ? element.GetRawText() : element.ValueKind.ToString().ToLowerInvariant();
        throw Fail($"field '{path}' must be an integer from 0 to {max.ToString(CultureInfo.InvariantCulture)}, got {got}");
    }

    /// <summary>A u16.</summary>
    public static ushort UInt16(JsonElement element, string path) => (ushort)UInt(element, path, ushort.MaxValue);

    /// <summary>A boolean.</summary>
    public static bool Bool(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Fail($"field '{path}' must be true or false"),
    };

    /// <summary>A user error with exit code 2.</summary>
    public static CliException Fail(string message) => new(message, CliException.InvalidInput);

    private static void RequireKind(JsonElement element, JsonValueKind kind, string path, string what)
    {
        if (element.ValueKind != kind)
        {
            throw Fail($"field '{(path.Length == 0 ? "(root)" : path)}' must be {what}");
        }
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
}
