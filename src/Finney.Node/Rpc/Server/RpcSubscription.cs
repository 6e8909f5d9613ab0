using System.Text.Json;

namespace Finney.Node.Rpc.Server;

/// <summary>
/// One open subscription on a connection. Notifications raised before the subscribe call has been
/// answered are held back and sent right after the answer, so a client always sees the subscription id
/// first. <see cref="Closed"/> fires when the client unsubscribes, the server ends the subscription or
/// the connection goes away; sources register their cleanup there.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "A CancellationTokenSource without a timer owns nothing to release.")]
public sealed class RpcSubscription
{
    private readonly RpcConnection _connection;
    private readonly CancellationTokenSource _closed = new();
    private readonly Lock _gate = new();
    private List<byte[]>? _heldBack = [];

    internal RpcSubscription(RpcConnection connection, string id, string kind, string notificationMethod)
    {
        _connection = connection;
        Id = id;
        Kind = kind;
        NotificationMethod = notificationMethod;
    }

    /// <summary>The id sent to the client (16 random letters and digits, like Substrate's).</summary>
    public string Id { get; }

    /// <summary>The canonical subscribe method; only its matching unsubscribe method can end it.</summary>
    public string Kind { get; }

    /// <summary>The <c>method</c> of its notifications (e.g. <c>chain_newHead</c>).</summary>
    public string NotificationMethod { get; }

    /// <summary>Cancelled when the subscription ends for any reason.</summary>
    public CancellationToken Closed => _closed.Token;

    /// <summary>True once the subscription has ended.</summary>
    public bool IsClosed => _closed.IsCancellationRequested;

    /// <summary>Sends one notification carrying <paramref name="result"/>; does nothing after the end.</summary>
    public void Notify(RpcResult result)
    {
        if (IsClosed)
        {
            return;
        }

        var message = Envelope(result);
        lock (_gate)
        {
            if (_heldBack is not null)
            {
                _heldBack.Add(message);
                return;
            }
        }

        _connection.Push(message);
    }

    /// <summary>Ends the subscription from the server side (e.g. after a final extrinsic status).</summary>
    public void Close() => _connection.Remove(this);

    /// <summary>Sends what was held back; called once the subscribe response is on its way.</summary>
    internal void Activate()
    {
        List<byte[]> held;
        lock (_gate)
        {
            held = _heldBack ?? [];
            _heldBack = null;
        }

        foreach (var message in held)
        {
            _connection.Push(message);
        }
    }

    /// <summary>Marks the end; idempotent.</summary>
    internal void MarkClosed()
    {
        try
        {
            _closed.Cancel();
        }
        catch (AggregateException)
        {
            // A source's cleanup callback failed; the subscription is closed regardless.
        }
    }

    private byte[] Envelope(RpcResult result)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("jsonrpc"u8, "2.0"u8);
            writer.WriteString("method"u8, NotificationMethod);
            writer.WritePropertyName("params"u8);
            writer.WriteStartObject();
            writer.WriteString("subscription"u8, Id);
            writer.WritePropertyName("result"u8);
            result.WriteValue(writer);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
