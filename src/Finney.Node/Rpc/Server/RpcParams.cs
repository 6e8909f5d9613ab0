using System.Globalization;
using System.Text.Json;
using Finney.Primitives.Encoding;

namespace Finney.Node.Rpc.Server;

/// <summary>
/// A request's positional parameters. Trailing parameters may be omitted or <c>null</c> (the Bittensor
/// SDK sends an explicit null block hash); every getter names the parameter in its -32602 error.
/// </summary>
public readonly struct RpcParams
{
    private readonly JsonElement _array;

    /// <summary>Wraps <paramref name="parameters"/>: a JSON array, or undefined/null for none.</summary>
    /// <exception cref="RpcException">The parameters are neither an array nor absent.</exception>
    public RpcParams(JsonElement parameters)
    {
        if (parameters.ValueKind is not (JsonValueKind.Array or JsonValueKind.Undefined or JsonValueKind.Null))
        {
            throw RpcException.InvalidParams("parameters must be a JSON array (positional)");
        }

        _array = parameters;
    }

    /// <summary>Number of parameters sent.</summary>
    public int Count => _array.ValueKind == JsonValueKind.Array ? _array.GetArrayLength() : 0;

    /// <summary>True when parameter <paramref name="index"/> is present and not null.</summary>
    public bool Has(int index) => index < Count && _array[index].ValueKind != JsonValueKind.Null;

    /// <summary>Parameter <paramref name="index"/> as it was sent (undefined when omitted).</summary>
    public JsonElement this[int index] => index < Count ? _array[index] : default;

    /// <summary>Fails when more than <paramref name="max"/> parameters were sent.</summary>
    public void ExpectAtMost(int max)
    {
        if (Count > max)
        {
            throw RpcException.InvalidParams($"expected at most {max} parameters, got {Count}");
        }
    }

    /// <summary>A required string.</summary>
    public string GetString(int index, string name)
    {
        var element = Required(index, name);
        return element.ValueKind == JsonValueKind.String ? element.GetString()! : throw Wrong(name, "a string");
    }

    /// <summary>An optional string; null when omitted or null.</summary>
    public string? GetOptionalString(int index, string name) => Has(index) ? GetString(index, name) : null;

    /// <summary>Required hex bytes, with or without 0x ("" is empty).</summary>
    public byte[] GetBytes(int index, string name) => ParseHex(GetString(index, name), name);

    /// <summary>Optional hex bytes.</summary>
    public byte[]? GetOptionalBytes(int index, string name) => Has(index) ? GetBytes(index, name) : null;

    /// <summary>An optional 32-byte hash (a block hash, usually).</summary>
    public byte[]? GetOptionalHash(int index, string name)
    {
        var bytes = GetOptionalBytes(index, name);
        return bytes is null || bytes.Length == 32 ? bytes : throw Wrong(name, "a 32-byte hash");
    }

    /// <summary>A required unsigned 32-bit number, given as a JSON number or a hex/decimal string.</summary>
    public uint GetUInt32(int index, string name) => ParseUInt32(Required(index, name), name);

    /// <summary>An optional unsigned 32-bit number.</summary>
    public uint? GetOptionalUInt32(int index, string name) => Has(index) ? GetUInt32(index, name) : null;

    /// <summary>A required array of hex byte strings.</summary>
    public IReadOnlyList<string> GetStringArray(int index, string name)
    {
        var element = Required(index, name);
        if (element.ValueKind != JsonValueKind.Array)
        {
            throw Wrong(name, "an array of strings");
        }

        var result = new List<string>(element.GetArrayLength());
        foreach (var item in element.EnumerateArray())
        {
            result.Add(item.ValueKind == JsonValueKind.String ? item.GetString()! : throw Wrong(name, "an array of strings"));
        }

        return result;
    }

    /// <summary>Parses hex text or fails with -32602 naming <paramref name="name"/>.</summary>
    public static byte[] ParseHex(string text, string name) =>
        Hex.TryDecode(text, out var bytes) ? bytes : throw Wrong(name, "hex bytes");

    /// <summary>Parses a block number given as a JSON number or a hex (0x…) or decimal string.</summary>
    public static uint ParseUInt32(JsonElement element, string name)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Number when element.TryGetUInt32(out var number):
                return number;
            case JsonValueKind.String:
                var text = element.GetString()!;
                uint parsed;
                var ok = Hex.HasPrefix(text)
                    ? uint.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out parsed)
                    : uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out parsed);
                return ok ? parsed : throw Wrong(name, "a u32 number");
            default:
                throw Wrong(name, "a u32 number");
        }
    }

    private JsonElement Required(int index, string name) =>
        Has(index) ? _array[index] : throw RpcException.InvalidParams($"missing parameter {index} ({name})");

    private static RpcException Wrong(string name, string expected) => RpcException.InvalidParams($"{name} must be {expected}");
}
