namespace Finney.Node.Rpc.Server;

/// <summary>Counts open WebSocket connections and in-flight HTTP requests against one limit.</summary>
internal sealed class ConnectionGate(int limit)
{
    private int _open;

    public int Open => Volatile.Read(ref _open);

    public int Limit => limit;

    public bool TryEnter()
    {
        if (Interlocked.Increment(ref _open) <= limit)
        {
            return true;
        }

        Interlocked.Decrement(ref _open);
        return false;
    }

    public void Exit() => Interlocked.Decrement(ref _open);
}
