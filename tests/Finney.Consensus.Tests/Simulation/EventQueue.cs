namespace Finney.Consensus.Tests.Simulation;

/// <summary>Events ordered by virtual time, ties broken by insertion order, so a run depends only on its seed.</summary>
public sealed class EventQueue
{
    private readonly PriorityQueue<SimEvent, (long Time, long Sequence)> _queue = new();
    private long _sequence;

    public int Count => _queue.Count;

    public void Schedule(long time, SimEvent simEvent) => _queue.Enqueue(simEvent, (time, _sequence++));

    public bool TryNext(long until, out long time, out SimEvent? simEvent)
    {
        if (_queue.TryPeek(out _, out var key) && key.Time <= until)
        {
            simEvent = _queue.Dequeue();
            time = key.Time;
            return true;
        }

        time = until;
        simEvent = null;
        return false;
    }
}
