using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Finney.Rpc;

namespace Finney.Node.Rpc.Server;

/// <summary>
/// What a method answers: a value with its source-generated JSON type, raw JSON already serialized
/// (one header notification fanned out to many subscribers), JSON null, or an error.
/// </summary>
public readonly struct RpcResult
{
    private readonly object? _value;
    private readonly JsonTypeInfo? _type;
    private readonly ReadOnlyMemory<byte> _raw;

    private RpcResult(object? value, JsonTypeInfo? type, ReadOnlyMemory<byte> raw, JsonRpcError? error)
    {
        _value = value;
        _type = type;
        _raw = raw;
        Error = error;
    }

    /// <summary>JSON <c>null</c>.</summary>
    public static RpcResult Null => default;

    /// <summary>The error, when the call failed.</summary>
    public JsonRpcError? Error { get; }

    /// <summary>A value serialized with its generated metadata.</summary>
    public static RpcResult Ok<T>(T value, JsonTypeInfo<T> type) => new(value, type, default, null);

    /// <summary>A JSON string.</summary>
    public static RpcResult Ok(string? value) => value is null ? Null : Ok(value, RpcJsonContext.Default.String);

    /// <summary>A JSON boolean.</summary>
    public static RpcResult Ok(bool value) => Ok(value, RpcJsonContext.Default.Boolean);

    /// <summary>A JSON number.</summary>
    public static RpcResult Ok(ulong value) => Ok(value, RpcJsonContext.Default.UInt64);

    /// <summary>Raw UTF-8 JSON written as it is (the caller guarantees it is valid).</summary>
    public static RpcResult Raw(ReadOnlyMemory<byte> json) => new(null, null, json, null);

    /// <summary>A failure.</summary>
    public static RpcResult Fail(JsonRpcError error) => new(null, null, default, error);

    /// <summary>An error is a result.</summary>
    public static implicit operator RpcResult(JsonRpcError error) => Fail(error);

    /// <summary>Writes the value (not the error) to <paramref name="writer"/>.</summary>
    public void WriteValue(Utf8JsonWriter writer)
    {
        if (!_raw.IsEmpty)
        {
            writer.WriteRawValue(_raw.Span, skipInputValidation: true);
        }
        else if (_type is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            JsonSerializer.Serialize(writer, _value, _type);
        }
    }

    /// <summary>The value alone as UTF-8 JSON, for fanning one notification out to many subscribers.</summary>
    public byte[] ToJsonBytes()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteValue(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Converts from the <see cref="JsonRpcError"/> (CA2225's named alternate).</summary>
    public static RpcResult FromJsonRpcError(JsonRpcError error) => Fail(error);
}
