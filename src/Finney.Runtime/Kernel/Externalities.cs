using Finney.Primitives.Accounts;
using Finney.Storage;

namespace Finney.Runtime.Kernel;

/// <summary>
/// What a call sees while it runs (Substrate's externalities): the state overlay, the block's event list
/// and the current phase. Storage transactions cover events too, so a rolled-back call leaves no events.
/// </summary>
public sealed class Externalities
{
    private readonly List<EventRecord> _events = [];
    private readonly Stack<int> _eventMarks = new();

    /// <summary>Runs over <paramref name="state"/>.</summary>
    public Externalities(StateOverlay state) => State = state;

    /// <summary>The state being changed.</summary>
    public StateOverlay State { get; }

    /// <summary>The current block phase; events are stamped with it.</summary>
    public Phase Phase { get; set; } = Phase.Initialization;

    /// <summary>The current block's author, when known (set once per block by the executive from the Aura digest).</summary>
    public AccountId32? BlockAuthor { get; set; }

    /// <summary>The events deposited so far in this block.</summary>
    public IReadOnlyList<EventRecord> Events => _events;

    /// <summary>
    /// The runtime's base call filter (FRAME's <c>BaseCallFilter</c>) for non-root origins: false means
    /// <c>CallFiltered</c>. Everything passes by default.
    /// </summary>
    public Func<RuntimeCall, bool> CallFilter { get; init; } = static _ => true;

    /// <summary>Adds an event with the current phase and no topics.</summary>
    public void DepositEvent(RuntimeEvent e) => _events.Add(new EventRecord(Phase, e, []));

    /// <summary>Forgets every event (block initialization).</summary>
    public void ResetEvents() => _events.Clear();

    /// <summary>Opens a nested storage transaction covering state and events.</summary>
    public void StartTransaction()
    {
        State.StartTransaction();
        _eventMarks.Push(_events.Count);
    }

    /// <summary>Keeps the innermost transaction's writes and events.</summary>
    public void CommitTransaction()
    {
        State.CommitTransaction();
        _eventMarks.Pop();
    }

    /// <summary>Undoes the innermost transaction's writes and drops its events.</summary>
    public void RollbackTransaction()
    {
        State.RollbackTransaction();
        var mark = _eventMarks.Pop();
        _events.RemoveRange(mark, _events.Count - mark);
    }
}
