using System.Buffers;
using System.Text.Json;
using Finney.Rpc;
using Microsoft.Extensions.Logging;

namespace Finney.Node.Rpc.Server;

/// <summary>
/// Turns one incoming message (a request, a notification or a batch) into its response bytes, for any
/// transport. Ids come back verbatim with their JSON type (numbers for polkadot.js, strings for the
/// Bittensor SDK); every reply carries <c>"jsonrpc":"2.0"</c>; failures of any kind become error
/// responses, never a dropped connection.
/// </summary>
public sealed class RpcDispatcher
{
    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 64 };

    private readonly RpcMethodTable _methods;
    private readonly RpcOptions _options;
    private readonly ILogger _logger;

    /// <summary>A dispatcher over <paramref name="methods"/>.</summary>
    public RpcDispatcher(RpcMethodTable methods, RpcOptions options, ILogger logger)
    {
        _methods = methods;
        _options = options;
        _logger = logger;
    }

    /// <summary>The settings in force.</summary>
    public RpcOptions Options => _options;

    /// <summary>
    /// Handles <paramref name="message"/>; returns the response, or null when nothing is to be sent
    /// (notifications only). Subscriptions opened by the calls are added to <paramref name="opened"/>.
    /// </summary>
    public async ValueTask<byte[]?> DispatchAsync(
        ReadOnlyMemory<byte> message, RpcConnection? connection, List<RpcSubscription> opened, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(message, ParseOptions);
        }
        catch (JsonException)
        {
            return ErrorResponse(default, JsonRpcError.ParseError());
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                return await HandleAsync(root, connection, opened, cancellationToken).ConfigureAwait(false);
            }

            if (root.ValueKind != JsonValueKind.Array)
            {
                return ErrorResponse(default, JsonRpcError.InvalidRequest("a request is a JSON object or an array of them"));
            }

            return await HandleBatchAsync(root, connection, opened, cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask<byte[]?> HandleBatchAsync(
        JsonElement batch, RpcConnection? connection, List<RpcSubscription> opened, CancellationToken cancellationToken)
    {
        var count = batch.GetArrayLength();
        if (count == 0)
        {
            return ErrorResponse(default, JsonRpcError.InvalidRequest("empty batch"));
        }

        if (count > _options.MaxBatchSize)
        {
            return ErrorResponse(default, JsonRpcError.TooBigBatch(_options.MaxBatchSize));
        }

        var responses = new List<byte[]>(count);
        foreach (var request in batch.EnumerateArray())
        {
            var response = request.ValueKind == JsonValueKind.Object
                ? await HandleAsync(request, connection, opened, cancellationToken).ConfigureAwait(false)
                : ErrorResponse(default, JsonRpcError.InvalidRequest("a request is a JSON object"));
            if (response is not null)
            {
                responses.Add(response);
            }
        }

        if (responses.Count == 0)
        {
            return null;
        }

        var total = responses.Sum(r => r.Length + 1) + 1;
        if (total > _options.MaxResponseBytes)
        {
            return ErrorResponse(default, JsonRpcError.OversizedResponse(_options.MaxResponseBytes));
        }

        var joined = new byte[total];
        joined[0] = (byte)'[';
        var at = 1;
        foreach (var response in responses)
        {
            response.CopyTo(joined, at);
            at += response.Length;
            joined[at++] = (byte)',';
        }

        joined[^1] = (byte)']';
        return joined;
    }

    private async ValueTask<byte[]?> HandleAsync(
        JsonElement request, RpcConnection? connection, List<RpcSubscription> opened, CancellationToken cancellationToken)
    {
        var hasId = request.TryGetProperty("id"u8, out var id);
        if (hasId && id.ValueKind is not (JsonValueKind.Number or JsonValueKind.String or JsonValueKind.Null))
        {
            return ErrorResponse(default, JsonRpcError.InvalidRequest("the id must be a number, a string or null"));
        }

        if (!request.TryGetProperty("jsonrpc"u8, out var version) || version.ValueKind != JsonValueKind.String || !version.ValueEquals("2.0"u8))
        {
            return ErrorResponse(id, JsonRpcError.InvalidRequest("\"jsonrpc\" must be \"2.0\""));
        }

        if (!request.TryGetProperty("method"u8, out var methodElement) || methodElement.ValueKind != JsonValueKind.String)
        {
            return ErrorResponse(id, JsonRpcError.InvalidRequest("\"method\" must be a string"));
        }

        if (!hasId)
        {
            // A JSON-RPC notification: no answer is expected, and no Substrate method is useful without one.
            return null;
        }

        var method = methodElement.GetString()!;
        if (!_methods.TryGet(method, out var handler))
        {
            return ErrorResponse(id, JsonRpcError.MethodNotFound());
        }

        var result = await InvokeAsync(method, handler, request, connection, opened, cancellationToken).ConfigureAwait(false);
        return result.Error is { } error ? ErrorResponse(id, error) : SuccessResponse(id, result);
    }

    private async ValueTask<RpcResult> InvokeAsync(
        string method, RpcHandler handler, JsonElement request, RpcConnection? connection, List<RpcSubscription> opened, CancellationToken cancellationToken)
    {
        // Most methods finish synchronously; only a call that has to wait pays for the timeout machinery.
        var context = new RpcCallContext(connection, cancellationToken);
        try
        {
            request.TryGetProperty("params"u8, out var parameters);
            var call = handler(new RpcParams(parameters), context);
            var result = call.IsCompleted ? call.Result : await call.AsTask().WaitAsync(_options.RequestTimeout, cancellationToken).ConfigureAwait(false);
            opened.AddRange(context.Opened);
            return result;
        }
        catch (RpcException e)
        {
            CloseAll(context);
            return e.Error;
        }
        catch (TimeoutException)
        {
            CloseAll(context);
            return JsonRpcError.Timeout(_options.RequestTimeout);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            CloseAll(context);
            return JsonRpcError.InternalError("the connection closed");
        }
#pragma warning disable CA1031 // a failing method must not take the connection down: it answers -32603 and is logged
        catch (Exception e)
#pragma warning restore CA1031
        {
            CloseAll(context);
            RpcLog.MethodFailed(_logger, method, e);
            return JsonRpcError.InternalError(e.Message);
        }
    }

    private static void CloseAll(RpcCallContext context)
    {
        foreach (var subscription in context.Opened)
        {
            subscription.Close();
        }
    }

    private byte[] SuccessResponse(JsonElement id, RpcResult result)
    {
        var bytes = Write(id, writer =>
        {
            writer.WritePropertyName("result"u8);
            result.WriteValue(writer);
        });
        return bytes.Length <= _options.MaxResponseBytes ? bytes : ErrorResponse(id, JsonRpcError.OversizedResponse(_options.MaxResponseBytes));
    }

    /// <summary>An error response echoing <paramref name="id"/> (JSON null when there was none).</summary>
    internal static byte[] ErrorResponse(JsonElement id, JsonRpcError error) => Write(id, writer =>
    {
        writer.WritePropertyName("error"u8);
        JsonSerializer.Serialize(writer, error, RpcJsonContext.Default.JsonRpcError);
    });

    private static byte[] Write(JsonElement id, Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("jsonrpc"u8, "2.0"u8);
            body(writer);
            writer.WritePropertyName("id"u8);
            if (id.ValueKind is JsonValueKind.Number or JsonValueKind.String)
            {
                id.WriteTo(writer);
            }
            else
            {
                writer.WriteNullValue();
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
